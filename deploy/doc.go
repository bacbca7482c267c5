// Package deploy holds Akari's deployment files — docker-compose.yml,
// akari.env.example and the Kubernetes manifests under k8s/ — and the tests
// that keep them parseable and consistent with the server's contracts
// (environment variables, /healthz and /readyz probes, durable Redis) and
// with the repository's Dockerfile. It has no code of its own.
package deploy
