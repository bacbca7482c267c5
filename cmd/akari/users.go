package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/accounts"
	"github.com/akari-career/akari/internal/store"
)

// runUsers manages the console's users in the server's Redis:
//
//	akari users add NAME -role recruiter|operator|admin   (password on stdin)
//	akari users list
//	akari users disable NAME  |  akari users enable NAME
func runUsers(ctx context.Context, args []string, io stdio) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: users add NAME -role ROLE | users list | users disable NAME | users enable NAME", errUsage)
	}
	cfg, rdb, err := serverRedis("the console's users")
	if err != nil {
		return err
	}
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	st := store.New(rdb, cfg.KeyPrefix)

	switch cmd, rest := args[0], args[1:]; cmd {
	case "add":
		fs := flag.NewFlagSet("users add", flag.ContinueOnError)
		fs.SetOutput(io.err)
		role := fs.String("role", "recruiter", "recruiter (leads), operator (studio) or admin (users, settings, all)")
		name := ""
		if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
			name, rest = rest[0], rest[1:]
		}
		if err := fs.Parse(rest); err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		if name == "" && fs.NArg() == 1 {
			name = fs.Arg(0)
		}
		if name == "" {
			return fmt.Errorf("%w: users add NAME -role ROLE (the password is read from stdin)", errUsage)
		}
		r, err := accounts.ParseRole(*role)
		if err != nil {
			return err
		}
		fmt.Fprintf(io.err, "password for %s (%d+ characters), then Enter: ", name, accounts.MinPassword)
		line, err := bufio.NewReader(io.in).ReadString('\n')
		if err != nil && line == "" {
			return fmt.Errorf("no password on stdin")
		}
		u, err := accounts.New(name, r, strings.TrimRight(line, "\r\n"), "akari users", time.Now())
		if err != nil {
			return err
		}
		if err := st.AddUser(ctx, u); err != nil {
			return err
		}
		fmt.Fprintf(io.out, "added %s (%s)\n", u.Name, u.Role)
		return nil
	case "list":
		us, err := st.Users(ctx)
		if err != nil {
			return err
		}
		if len(us) == 0 {
			fmt.Fprintln(io.out, "no users (the AKARI_CONSOLE_USER login is the bootstrap admin)")
		}
		for _, u := range us {
			state := "active"
			if u.Disabled {
				state = "disabled"
			}
			fmt.Fprintf(io.out, "%-20s %-10s %-8s added %s\n", u.Name, u.Role, state, u.CreatedAt.Format(time.DateOnly))
		}
		return nil
	case "disable", "enable":
		if len(rest) != 1 {
			return fmt.Errorf("%w: users %s NAME", errUsage, cmd)
		}
		if err := st.SetUserDisabled(ctx, rest[0], cmd == "disable"); err != nil {
			return err
		}
		fmt.Fprintf(io.out, "%sd %s\n", cmd, rest[0])
		return nil
	}
	return fmt.Errorf("%w: unknown users command %q", errUsage, args[0])
}
