// The LINE-like simulator. It turns what an operator does into simulated
// LINE events (POST {api}/send), and long-polls {api}/deliveries for what
// the Messaging API stand-in received, so replies, later pushes (a
// recruiter writing in Akari's place) and Flex cards show up as LINE would
// show them. Each simulated person keeps a transcript in this page.
// Markup: <div id="sim" data-api="…" data-csrf="…"></div>.
(function () {
  'use strict';
  const root = document.getElementById('sim');
  if (!root) return;
  const api = root.dataset.api;
  const csrf = root.dataset.csrf || '';
  const names = ['花子', '太郎', 'さくら', 'ゆうき', 'あおい', 'けんた', 'みどり', 'そら'];
  const sizes = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, '3xl': 35, '4xl': 48, '5xl': 74 };
  const spaces = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };
  const typingFor = 30000; // the longest the dots stay without an answer

  const state = { users: [], active: null, cursor: 0, poll: null };

  // ---- small helpers ----
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function userID() {
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return 'U' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }
  function hhmm(d) {
    return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
  }
  function px(v, table) {
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'number') return v + 'px';
    if (table && v in table) return table[v] + 'px';
    if (/^\d+(\.\d+)?(px|%)$/.test(v)) return v;
    return undefined;
  }
  function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

  // ---- layout ----
  const side = el('div', 'sim-side');
  side.append(el('h2', '', 'シミュレーションする人'));
  const userList = el('ul', 'sim-users');
  userList.setAttribute('aria-label', 'シミュレーションする人');
  const addForm = el('form', 'sim-add');
  const addName = el('input');
  addName.name = 'name';
  addName.maxLength = 20;
  addName.placeholder = '表示名（例：さくら）';
  addName.setAttribute('aria-label', '追加する人の表示名');
  const addBtn = el('button', '', '＋ 人を追加');
  addBtn.type = 'submit';
  addForm.append(addName, addBtn);
  side.append(userList, addForm);

  const phone = el('section', 'sim-phone');
  phone.setAttribute('aria-label', 'LINEのトーク画面');
  const head = el('header', 'sim-head');
  const title = el('div', 'title');
  const titleName = el('b', '', 'あかりちゃん');
  const titleSub = el('small');
  title.append(titleName, titleSub);
  const followBtn = el('button', 'follow', '友だち追加');
  followBtn.type = 'button';
  followBtn.id = 'sim-follow';
  const blockBtn = el('button', 'block', 'ブロック');
  blockBtn.type = 'button';
  blockBtn.id = 'sim-block';
  const headAvatar = el('div', 'avatar-head', 'あ');
  headAvatar.setAttribute('aria-hidden', 'true');
  head.append(headAvatar, title, followBtn, blockBtn);
  const logs = el('div', 'sim-logs');
  const quick = el('div', 'sim-quick');
  quick.hidden = true;
  quick.setAttribute('aria-label', 'クイックリプライ');
  const input = el('form', 'sim-input');
  const stickerBtn = el('button', 'sticker-btn', '😊');
  stickerBtn.type = 'button';
  stickerBtn.id = 'sim-sticker';
  stickerBtn.title = 'スタンプを送る';
  stickerBtn.setAttribute('aria-label', 'スタンプを送る');
  const text = el('textarea');
  text.id = 'sim-text';
  text.rows = 1;
  text.placeholder = 'メッセージを入力';
  text.dataset.placeholder = text.placeholder;
  text.setAttribute('aria-label', 'メッセージ');
  const sendBtn = el('button', 'send', '送信');
  sendBtn.type = 'submit';
  sendBtn.id = 'sim-send';
  input.append(stickerBtn, text, sendBtn);
  phone.append(head, logs, quick, input);
  root.append(side, phone);

  // ---- people ----
  function addUser(name) {
    const u = {
      id: userID(), name: name || names[state.users.length % names.length],
      log: el('div', 'sim-log'), quick: null, unread: 0, friend: false, blocked: false,
      typing: null, typingTimer: null, lastWho: null, pendingRead: [],
    };
    u.log.setAttribute('role', 'log');
    u.log.setAttribute('aria-live', 'polite');
    const empty = el('p', 'sim-empty', '「友だち追加」を押すと、LINEで友だち追加したときと同じイベントが届きます。\nそのままメッセージを送ってもかまいません。');
    empty.style.whiteSpace = 'pre-line';
    u.log.append(empty);
    logs.append(u.log);
    state.users.push(u);
    select(u);
    restartPoll(); // the new person's deliveries must be asked for too
    return u;
  }

  function select(u) {
    state.active = u;
    u.unread = 0;
    for (const x of state.users) x.log.classList.toggle('active', x === u);
    renderUsers();
    renderHead();
    renderQuick();
    scrollDown(u);
  }

  function renderUsers() {
    userList.replaceChildren();
    for (const u of state.users) {
      const li = el('li');
      const b = el('button');
      b.type = 'button';
      b.setAttribute('aria-pressed', String(u === state.active));
      b.append(el('span', 'face', u.name.slice(0, 1)), el('span', 'who', u.name));
      if (u.blocked) b.append(el('span', 'state', 'ブロック中'));
      if (u.unread) b.append(el('span', 'badge', String(u.unread)));
      b.onclick = () => select(u);
      li.append(b);
      userList.append(li);
    }
  }

  function renderHead() {
    const u = state.active;
    titleSub.textContent = u ? u.name + ' さんとして操作中' + (u.blocked ? '（ブロック中）' : '') : '';
    // The buttons say what the person can do now: add Akari (or unblock),
    // or block; a blocked person cannot write until they unblock.
    followBtn.textContent = u && u.blocked ? 'ブロック解除' : u && u.friend ? '友だち' : '友だち追加';
    followBtn.disabled = !u || (u.friend && !u.blocked);
    blockBtn.disabled = !u || u.blocked;
    const blocked = !u || u.blocked;
    text.disabled = blocked;
    stickerBtn.disabled = blocked;
    text.placeholder = u && u.blocked ? 'ブロック中は送信できません' : text.dataset.placeholder;
    if (blocked) sendBtn.disabled = true;
    else sendBtn.disabled = !text.value.trim();
  }

  // ---- transcript ----
  function scrollDown(u) { u.log.scrollTop = u.log.scrollHeight; }

  function clearEmpty(u) {
    const e = u.log.querySelector('.sim-empty');
    if (e) e.remove();
  }

  function append(u, node) {
    clearEmpty(u);
    const stick = u.log.scrollHeight - u.log.scrollTop - u.log.clientHeight < 80;
    if (u.typing) u.log.insertBefore(node, u.typing); else u.log.append(node);
    if (stick || u === state.active) scrollDown(u);
  }

  function note(u, msg, error) {
    append(u, el('div', 'sim-note' + (error ? ' error' : ''), msg));
    u.lastWho = null;
  }

  // meRow shows what the person sent: a green bubble, or a sticker.
  function meRow(u, content) {
    const row = el('div', 'row me');
    const col = el('div', 'col');
    const line = el('div', 'line');
    const meta = el('div', 'meta');
    const read = el('span', 'read');
    meta.append(read, el('br'), document.createTextNode(hhmm(new Date())));
    line.append(content, meta);
    col.append(line);
    row.append(col);
    append(u, row);
    u.pendingRead.push(read);
    u.lastWho = 'me';
  }

  function meText(u, s) { meRow(u, el('div', 'bubble', s)); }

  // akariRow shows one of Akari's messages, with her avatar on the first
  // of a run, as LINE does.
  function akariRow(u, content, at, wide) {
    const row = el('div', 'row akari' + (wide ? ' wide' : ''));
    const first = u.lastWho !== 'akari';
    const av = el('div', 'avatar' + (first ? '' : ' hidden'), 'あ');
    av.setAttribute('aria-hidden', 'true');
    const col = el('div', 'col');
    if (first) col.append(el('div', 'name', 'あかりちゃん'));
    const line = el('div', 'line');
    line.append(content, el('div', 'meta', hhmm(at)));
    col.append(line);
    row.append(av, col);
    append(u, row);
    u.lastWho = 'akari';
  }

  function showTyping(u) {
    hideTyping(u);
    const dots = el('div', 'bubble');
    dots.append(el('span', 'dot'), el('span', 'dot'), el('span', 'dot'));
    dots.setAttribute('aria-label', 'あかりちゃんが入力中');
    const row = el('div', 'row akari typing');
    const av = el('div', 'avatar', 'あ');
    av.setAttribute('aria-hidden', 'true');
    const col = el('div', 'col');
    col.append(dots);
    row.append(av, col);
    clearEmpty(u);
    u.log.append(row);
    u.typing = row;
    scrollDown(u);
    u.typingTimer = setTimeout(() => hideTyping(u), typingFor);
  }

  function hideTyping(u) {
    clearTimeout(u.typingTimer);
    if (u.typing) u.typing.remove();
    u.typing = null;
  }

  function renderQuick() {
    const u = state.active;
    quick.replaceChildren();
    const items = u && u.quick;
    quick.hidden = !items || !items.length;
    for (const it of items || []) {
      const a = it.action || {};
      const b = el('button', '', a.label || a.text || '…');
      b.type = 'button';
      b.onclick = () => act(u, a);
      quick.append(b);
    }
    if (u) scrollDown(u); // the chips take room from the chat
  }

  // ---- what arrives from Akari ----
  function deliver(d) {
    const u = state.users.find((x) => x.id === d.userId);
    if (!u) return;
    hideTyping(u);
    for (const r of u.pendingRead) r.textContent = '既読';
    u.pendingRead = [];
    const at = d.at ? new Date(d.at) : new Date();
    if (d.via === 'push') note(u, 'プッシュ送信で届きました');
    let quickItems = null;
    for (const m of d.messages || []) {
      if (m.type === 'text') {
        akariRow(u, el('div', 'bubble', m.text), at);
      } else if (m.type === 'flex') {
        const node = flex(m.contents, u);
        node.setAttribute('aria-label', m.altText || 'カード');
        akariRow(u, node, at, true);
      } else if (m.type === 'sticker') {
        akariRow(u, el('div', 'sticker', '🐻'), at);
      } else {
        akariRow(u, el('div', 'bubble', '（このメッセージの種類は表示できません：' + m.type + '）'), at);
      }
      quickItems = m.quickReply && m.quickReply.items ? m.quickReply.items : null;
    }
    u.quick = quickItems;
    if (u !== state.active) {
      u.unread += (d.messages || []).length;
      renderUsers();
    } else {
      renderQuick();
    }
  }

  // ---- what the person does ----
  async function send(u, ev) {
    ev.user = u.id;
    ev.name = u.name;
    u.quick = null;
    if (u === state.active) renderQuick();
    if (ev.kind !== 'unfollow') showTyping(u);
    try {
      const res = await fetch(api + '/send', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify(ev),
      });
      if (!res.ok) throw new Error(await errorText(res));
    } catch (e) {
      hideTyping(u);
      note(u, '送信できませんでした：' + e.message, true);
    }
  }

  async function errorText(res) {
    const t = await res.text();
    try { return JSON.parse(t).error || t; } catch (_) { return t.trim() || res.statusText; }
  }

  // act runs a quick-reply or Flex action: a message is sent as the
  // person's text; a postback goes through the webhook as a postback
  // event, its displayText shown as the person's bubble; a link opens.
  function act(u, a) {
    if (a.type === 'message') {
      meText(u, a.text);
      send(u, { kind: 'text', text: a.text });
    } else if (a.type === 'postback') {
      if (a.displayText) meText(u, a.displayText);
      send(u, { kind: 'postback', data: a.data });
    } else if (a.type === 'uri' && /^https?:\/\//.test(a.uri)) {
      window.open(a.uri, '_blank', 'noopener,noreferrer');
    }
  }

  input.addEventListener('submit', (e) => {
    e.preventDefault();
    const u = state.active;
    const s = text.value.trim();
    if (!u || !s || u.blocked) return;
    text.value = '';
    sendBtn.disabled = true;
    meText(u, s);
    send(u, { kind: 'text', text: s });
  });
  text.addEventListener('input', () => { sendBtn.disabled = !text.value.trim(); });
  text.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter breaks the line; not while composing kana.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      input.requestSubmit();
    }
  });
  sendBtn.disabled = true;
  stickerBtn.onclick = () => {
    const u = state.active;
    if (!u || u.blocked) return;
    meRow(u, el('div', 'sticker', '🙆'));
    send(u, { kind: 'sticker' });
  };
  followBtn.onclick = () => {
    const u = state.active;
    note(u, u.blocked ? 'ブロックを解除しました' : '友だち追加しました');
    u.blocked = false;
    u.friend = true;
    renderUsers();
    renderHead();
    send(u, { kind: 'follow' });
  };
  blockBtn.onclick = () => {
    const u = state.active;
    u.blocked = true;
    u.quick = null;
    note(u, 'ブロックしました（友だち解除のイベントを送りました）');
    renderUsers();
    renderHead();
    renderQuick();
    send(u, { kind: 'unfollow' });
  };
  addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    addUser(addName.value.trim());
    addName.value = '';
  });

  // ---- Flex ----
  function flex(node, u) {
    if (!node) return el('div');
    if (node.type === 'carousel') {
      const c = el('div', 'flex-carousel');
      for (const b of node.contents || []) c.append(bubble(b, u));
      return c;
    }
    const c = el('div', 'flex-carousel');
    c.append(bubble(node, u));
    return c;
  }

  function bubble(b, u) {
    const e = el('div', 'flex-bubble ' + (b.size || 'mega'));
    const styles = b.styles || {};
    for (const part of ['header', 'hero', 'body', 'footer']) {
      if (!b[part]) continue;
      const sec = el('div', 'flex-section ' + part);
      const st = styles[part] || {};
      if (st.backgroundColor) sec.style.backgroundColor = st.backgroundColor;
      if (part === 'hero' && b.hero.type !== 'box') sec.style.padding = '0';
      sec.append(component(b[part], 'vertical', u));
      e.append(sec);
    }
    return e;
  }

  // component renders one Flex component inside a box of layout parent.
  function component(n, parent, u) {
    let e;
    switch (n.type) {
      case 'box': e = box(n, u); break;
      case 'text': e = flexText(n); break;
      case 'separator':
        e = el('hr', 'flex-separator');
        if (n.color) e.style.borderTopColor = n.color;
        if (parent !== 'vertical') { e.style.borderTop = '0'; e.style.borderLeft = '1px solid ' + (n.color || '#e5e7eb'); }
        break;
      case 'button': e = flexButton(n, u); break;
      case 'filler': e = el('div'); e.style.flex = String(n.flex || 1); return e;
      case 'spacer': e = el('div'); e.style.flex = 'none'; e.style.height = px(n.size || 'md', spaces) || '8px'; return e;
      case 'image': e = el('div', 'flex-image', '画像'); break;
      case 'icon': e = el('span', '', '•'); break;
      default: e = el('div', '', '');
    }
    // flex: in a vertical box children keep their height unless told;
    // in a horizontal or baseline one they share the width (default 1).
    const f = n.flex !== undefined ? n.flex : (parent === 'vertical' ? 0 : 1);
    e.style.flex = f > 0 ? f + ' 1 0' : '0 0 auto';
    if (parent !== 'vertical' && f > 0) e.style.minWidth = '0';
    const m = px(n.margin, spaces);
    if (m) e.style[parent === 'vertical' ? 'marginTop' : 'marginLeft'] = m;
    if (n.action && n.type !== 'button') clickable(e, n.action, u);
    return e;
  }

  function box(n, u) {
    const layout = n.layout || 'vertical';
    const e = el('div', 'flex-box ' + layout);
    const gap = px(n.spacing, spaces);
    if (gap) e.style.gap = gap;
    if (n.backgroundColor) e.style.backgroundColor = n.backgroundColor;
    if (n.cornerRadius) e.style.borderRadius = px(n.cornerRadius, spaces) || '0';
    if (n.borderColor) e.style.border = (px(n.borderWidth, { light: 1, normal: 1, medium: 2, 'semi-bold': 3, bold: 4 }) || '1px') + ' solid ' + n.borderColor;
    for (const [k, css] of [['paddingAll', 'padding'], ['paddingTop', 'paddingTop'], ['paddingBottom', 'paddingBottom'], ['paddingStart', 'paddingLeft'], ['paddingEnd', 'paddingRight']]) {
      const v = px(n[k], spaces);
      if (v) e.style[css] = v;
    }
    if (n.justifyContent) e.style.justifyContent = n.justifyContent;
    if (n.alignItems) e.style.alignItems = n.alignItems;
    for (const c of n.contents || []) e.append(component(c, layout, u));
    return e;
  }

  function flexText(n) {
    const e = el('div', 'flex-text');
    if (n.contents && n.contents.length) {
      for (const s of n.contents) {
        const sp = el('span', '', s.text || '');
        if (s.color) sp.style.color = s.color;
        if (s.weight === 'bold') sp.style.fontWeight = '700';
        if (s.size) sp.style.fontSize = px(s.size, sizes) || '';
        e.append(sp);
      }
    } else {
      e.textContent = n.text || '';
    }
    e.style.fontSize = px(n.size || 'md', sizes) || '16px';
    if (n.weight === 'bold') e.style.fontWeight = '700';
    if (n.color) e.style.color = n.color;
    if (n.align) e.style.textAlign = n.align === 'start' ? 'left' : n.align === 'end' ? 'right' : 'center';
    if (n.style === 'italic') e.style.fontStyle = 'italic';
    if (n.decoration === 'line-through' || n.decoration === 'underline') e.style.textDecoration = n.decoration;
    if (!n.wrap) e.classList.add('nowrap');
    else if (n.maxLines > 0) { e.classList.add('clamp'); e.style.webkitLineClamp = String(n.maxLines); }
    return e;
  }

  function flexButton(n, u) {
    const a = n.action || {};
    const style = n.style || 'link';
    let e;
    if (a.type === 'uri') {
      e = el('a', 'flex-button ' + style + ' ' + (n.height || 'md'), a.label || '開く');
      if (/^https?:\/\//.test(a.uri || '')) {
        e.href = a.uri;
        e.target = '_blank';
        e.rel = 'noopener noreferrer';
      }
    } else {
      e = el('button', 'flex-button ' + style + ' ' + (n.height || 'md'), a.label || '');
      e.type = 'button';
      e.onclick = () => act(u, a);
    }
    if (n.color) {
      if (style === 'link') e.style.color = n.color; else e.style.backgroundColor = n.color;
    }
    return e;
  }

  function clickable(e, a, u) {
    e.classList.add('flex-clickable');
    e.tabIndex = 0;
    e.setAttribute('role', a.type === 'uri' ? 'link' : 'button');
    e.addEventListener('click', () => act(u, a));
    e.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') act(u, a); });
  }

  // ---- long polling ----
  function restartPoll() {
    if (state.poll) state.poll.abort();
    const ctl = new AbortController();
    state.poll = ctl;
    pollLoop(ctl.signal);
  }

  async function pollLoop(signal) {
    let failures = 0;
    while (!signal.aborted) {
      const q = state.users.map((u) => 'user=' + u.id).join('&');
      try {
        const res = await fetch(api + '/deliveries?' + q + '&after=' + state.cursor + '&wait=15', { credentials: 'same-origin', signal });
        if (!res.ok) throw new Error(await errorText(res));
        const body = await res.json();
        if (signal.aborted) return;
        state.cursor = Math.max(state.cursor, body.last || 0);
        for (const d of body.deliveries || []) deliver(d);
        failures = 0;
      } catch (e) {
        if (signal.aborted) return;
        failures++;
        if (failures === 3 && state.active) note(state.active, '返信を受け取れません：' + e.message, true);
        await sleep(Math.min(1000 * failures, 5000));
      }
    }
  }

  addUser(names[0]);
})();
