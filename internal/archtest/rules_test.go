package archtest

// techLibraries are what the domain must never depend on, directly or
// through another package: the wire, LINE, Redis and the LLM belong in
// adapters.
func techLibraries() []string {
	return []string{
		"net/http",
		"github.com/line/line-bot-sdk-go",
		"github.com/redis/go-redis",
		"github.com/sashabaranov/go-openai",
	}
}

// layers is the dependency rule. A package belongs to the row that lists
// it (or a parent of it); it may depend on its own row's packages only when
// the row says so (mayUse names rows or single packages), and never on the
// outside libraries in mustNot. Every package of the module must be placed.
func layers() []layer {
	return []layer{
		{
			name: "domain",
			packages: []string{
				"internal/akari", "internal/conversation", "internal/leads", "internal/jobs",
				"internal/worry", "internal/advice", "internal/playbook",
				"internal/facts", "internal/jatext", "internal/scenario", "internal/guard",
				"internal/accounts", "internal/labor",
			},
			mayUse:  []string{"domain", "foundation"},
			mustNot: techLibraries(),
		},
		{
			// Small shared building blocks with no domain knowledge.
			name:     "foundation",
			packages: []string{"internal/privacy", "internal/uuid", "internal/httpretry", "internal/config", "internal/logctx", "internal/yamldoc", "internal/workslot", "internal/pattern", "internal/rediscmd", "prompts"},
			mayUse:   []string{"foundation"},
		},
		{
			// Drives webhook load at LINE's stand-in and reads what the
			// people got, for the chaos tests.
			name:     "chaos testkit",
			packages: []string{"internal/chaostest"},
			mayUse:   []string{"foundation", "domain", "internal/linesim", "internal/line"},
		},
		{
			// One package per outside system; none knows another.
			name: "adapter",
			packages: []string{
				"internal/line", "internal/store", "internal/queue", "internal/llm",
				"internal/console", "internal/linesim", "internal/notify", "internal/metrics",
				"internal/inmem", // process memory: the store of `akari chat` and the playground
			},
			mayUse: []string{"domain", "foundation"},
		},
		{
			// Handles one event; reaches LINE, Redis and the queue through
			// interfaces it declares, so it imports none of them.
			name:     "worker",
			packages: []string{"internal/worker"},
			mayUse:   []string{"domain", "foundation"},
			mustNot:  techLibraries(),
		},
		{
			// Generates a prompts file from the others at development
			// time (cmd/akari-kanaread); the server never imports it.
			name:     "generator",
			packages: []string{"internal/kanaread"},
			mayUse:   []string{"domain", "foundation"},
			mustNot:  techLibraries(),
		},
		{
			// Helpers and homes for tests only; no program imports them.
			name:     "testkit",
			packages: []string{"internal/browsertest", "internal/redistest", "internal/archtest", "deploy"},
			mayUse:   []string{"foundation"},
		},
		{
			// main only wires: the one place that knows every package.
			name:     "wiring",
			packages: []string{"internal/app", "cmd"},
			mayUse:   []string{"wiring", "domain", "foundation", "adapter", "worker", "generator"},
		},
	}
}

// exceptions are edges the rule forbids but the code still has, each with
// the reason and the work that removes it. The test fails when a listed
// edge disappears, so the list only shrinks.
func exceptions() []exception {
	return nil
}
