package app

import (
	"fmt"
	"net/http"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/console"
	"github.com/akari-career/akari/internal/store"
)

// The console declares what it needs of Redis; the store is what it gets.
var _ console.Backend = (*store.Store)(nil)

// Dev mode's console login, printed in the log. It is used only while
// dev mode listens on loopback: a dev server asked onto the network
// (AKARI_DEV=1) needs a login of its own.
const (
	devConsoleUser     = config.DevConsoleUser
	devConsolePassword = "akari-dev"
)

// consoleHandler builds the recruiters' and operators' console, or returns
// nil when it is disabled (no login configured outside dev mode).
func (a *App) consoleHandler() (http.Handler, error) {
	user, password := a.cfg.ConsoleUser, a.cfg.ConsolePassword
	if user == "" {
		if !a.cfg.DevMode || !config.Loopback(a.cfg.Addr) {
			a.log.Info("console disabled: set AKARI_CONSOLE_USER and AKARI_CONSOLE_PASSWORD to enable it")
			return nil, nil
		}
		user, password = devConsoleUser, devConsolePassword
		a.log.Warn("DEV MODE console login", "url", a.URL()+"/console/", "user", user, "password", password)
	}
	opt := console.Options{
		User: user, Password: password,
		Store:        a.store,
		Pusher:       linePusher{a},
		Label:        func(c akari.Category) string { return a.prompts.library().Label(c) },
		HumanTimeout: a.cfg.HumanTimeout,
		URL:          a.consoleURL(),
		TrustProxy:   a.cfg.TrustProxy,
		Logger:       a.log,
	}
	if ns := a.assignNotifiers(); len(ns) > 0 {
		opt.Assigned = ns
	}
	a.studioOptions(&opt)
	h, err := console.New(opt)
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	return h, nil
}

// studioOptions adds the operators' studio: the playground and quality
// pages always, the simulator only where the LINE stand-in runs.
func (a *App) studioOptions(opt *console.Options) {
	opt.Studio = a.Studio()
	if a.cfg.DevMode {
		opt.Simulator = a.Simulator()
	}
}
