// The live conversation on a lead's page: every few seconds, ask for the
// messages after the last one shown and add them. Short polling, not a
// stream: it passes every proxy and needs nothing kept open.
(function () {
  "use strict";
  // A canned reply starts the message; the recruiter edits it before sending.
  var canned = document.getElementById("canned");
  var message = document.getElementById("message");
  if (canned && message) {
    canned.addEventListener("change", function () {
      if (canned.value) { message.value = canned.value; message.focus(); }
      canned.selectedIndex = 0;
    });
  }
  var list = document.getElementById("conversation");
  if (!list) return;
  var url = list.dataset.poll;
  var next = parseInt(list.dataset.next, 10) || 0;
  var empty = document.querySelector(".live .empty");
  var every = 3000;

  function add(m) {
    var li = document.createElement("li");
    li.className = m.from + (m.media ? " media" : "");
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = m.who + " ";
    var when = document.createElement("small");
    when.textContent = m.when;
    who.appendChild(when);
    var p = document.createElement("p");
    p.className = "pre";
    p.textContent = m.text;
    li.appendChild(who);
    li.appendChild(p);
    li.classList.add("fresh");
    list.appendChild(li);
  }

  function poll() {
    fetch(url + "?after=" + next, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (a) {
        if (a && a.messages && a.messages.length) {
          a.messages.forEach(add);
          next = a.next;
          if (empty) empty.hidden = true;
          list.lastElementChild.scrollIntoView({ block: "nearest" });
        }
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, document.hidden ? every * 4 : every); });
  }
  setTimeout(poll, every);
})();
