# syntax=docker/dockerfile:1
#
# Akari — LINE webhook server. Multi-stage build:
#   1. build: a static Go binary (CGO off, trimmed paths, no symbols);
#   2. final: distroless "static" as the non-root user 65532 — no shell, no
#      package manager, just the binary (prompts and the sample job catalog
#      are embedded in it).
#
# Build:  docker build -t akari .
# Run:    docker run --rm -p 8080:8080 akari          (dev mode: no LINE, embedded Redis)
#
# There is no HEALTHCHECK: distroless has no shell or curl to run one. Probe
# GET /healthz (alive) and GET /readyz (Redis answers) from the orchestrator
# instead — see deploy/k8s/deployment.yaml.

ARG GO_VERSION=1.26

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build
# go.mod may ask for a newer 1.26.x patch than the image carries; let the go
# command fetch that toolchain instead of failing (the image sets "local").
ENV GOTOOLCHAIN=auto
WORKDIR /src

# Dependencies first, in their own layer: it is rebuilt only when go.mod or
# go.sum change.
COPY go.mod go.sum ./
RUN go mod download && go mod verify

COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/akari ./cmd/akari

FROM gcr.io/distroless/static-debian12:nonroot
LABEL org.opencontainers.image.title="akari" \
      org.opencontainers.image.description="Akari — an AI career partner on LINE (webhook server)" \
      org.opencontainers.image.source="https://github.com/akari-career/akari"
COPY --from=build /out/akari /akari
# The :nonroot image already runs as 65532; say so explicitly so that
# runAsNonRoot checks can see a numeric user.
USER 65532:65532
ENV AKARI_ADDR=:8080
EXPOSE 8080
ENTRYPOINT ["/akari"]
CMD ["serve"]
