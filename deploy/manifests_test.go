package deploy

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/config"
)

// designVars are the variables DESIGN.md documents for `akari serve`. Any
// other variable the manifests set must be an AKARI_* setting.
var designVars = []string{
	"AKARI_ADDR",
	"LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN",
	"LINE_API_ENDPOINT",
	"REDIS_URL",
	"OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL",
	"AKARI_PROMPTS_DIR",
	"AKARI_JOBS_FILE",
	"AKARI_CONSOLE_USER", "AKARI_CONSOLE_PASSWORD",
}

// secretVars must come from the Secret akari-secrets, never a ConfigMap or a
// literal value.
var secretVars = []string{
	"LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN", "OPENAI_API_KEY",
	"AKARI_CONSOLE_USER", "AKARI_CONSOLE_PASSWORD",
}

func knownVar(name string) bool {
	return slices.Contains(designVars, name) || strings.HasPrefix(name, "AKARI_")
}

// ---------------------------------------------------------------------------
// Loading

// doc is one YAML document of one file under deploy/.
type doc struct {
	file  string // slash path relative to deploy/
	index int    // 0-based position in the file
	node  *yaml.Node
	head  header
}

type header struct {
	APIVersion string     `yaml:"apiVersion"`
	Kind       string     `yaml:"kind"`
	Metadata   objectMeta `yaml:"metadata"`
}

type objectMeta struct {
	Name        string            `yaml:"name"`
	Namespace   string            `yaml:"namespace"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
}

func (d doc) String() string { return fmt.Sprintf("%s (document %d)", d.file, d.index+1) }

// yamlFiles lists every *.yml / *.yaml under deploy/, sorted.
func yamlFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != "." {
			return filepath.SkipDir
		}
		if ext := filepath.Ext(p); !d.IsDir() && (ext == ".yml" || ext == ".yaml") {
			files = append(files, filepath.ToSlash(p))
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking deploy/: %v", err)
	}
	slices.Sort(files)
	if len(files) == 0 {
		t.Fatal("got no *.yml/*.yaml files under deploy/, want some")
	}
	return files
}

// parseFile decodes every document of one file; empty documents are skipped.
func parseFile(file string) ([]doc, error) {
	f, err := os.Open(filepath.FromSlash(file))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	var docs []doc
	for i := 0; ; i++ {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", file, i+1, err)
		}
		if len(n.Content) == 0 || n.Content[0].Kind == yaml.ScalarNode && n.Content[0].Tag == "!!null" {
			continue
		}
		d := doc{file: file, index: i, node: &n}
		if n.Content[0].Kind == yaml.MappingNode {
			if err := n.Decode(&d.head); err != nil {
				return nil, fmt.Errorf("%s: document %d: header: %w", file, i+1, err)
			}
		}
		docs = append(docs, d)
	}
}

// loadAll parses every YAML file under deploy/, failing the test with the
// file's name on any parse error.
func loadAll(t *testing.T) []doc {
	t.Helper()
	var all []doc
	for _, f := range yamlFiles(t) {
		docs, err := parseFile(f)
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		all = append(all, docs...)
	}
	return all
}

func isK8s(file string) bool { return strings.HasPrefix(file, "k8s/") }

// k8sObject returns the one Kubernetes document of the given kind and name.
func k8sObject(t *testing.T, docs []doc, kind, name string) doc {
	t.Helper()
	var found []doc
	for _, d := range docs {
		if isK8s(d.file) && d.head.Kind == kind && d.head.Metadata.Name == name {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s %q: got %d documents, want 1", kind, name, len(found))
	}
	return found[0]
}

// decode decodes a document into v, failing the test on error.
func decode(t *testing.T, d doc, v any) {
	t.Helper()
	if err := d.node.Decode(v); err != nil {
		t.Fatalf("%s: decode %s %q: %v", d, d.head.Kind, d.head.Metadata.Name, err)
	}
}

// ---------------------------------------------------------------------------
// Kubernetes shapes (only the fields the tests look at)

type workload struct {
	Metadata objectMeta `yaml:"metadata"`
	Spec     struct {
		Replicas    *int   `yaml:"replicas"`
		ServiceName string `yaml:"serviceName"`
		Selector    struct {
			MatchLabels map[string]string `yaml:"matchLabels"`
		} `yaml:"selector"`
		Strategy struct {
			Type          string `yaml:"type"`
			RollingUpdate *struct {
				MaxUnavailable any `yaml:"maxUnavailable"`
				MaxSurge       any `yaml:"maxSurge"`
			} `yaml:"rollingUpdate"`
		} `yaml:"strategy"`
		Template struct {
			Metadata objectMeta `yaml:"metadata"`
			Spec     podSpec    `yaml:"spec"`
		} `yaml:"template"`
		VolumeClaimTemplates []struct {
			Metadata objectMeta `yaml:"metadata"`
		} `yaml:"volumeClaimTemplates"`
	} `yaml:"spec"`
}

type podSpec struct {
	TerminationGracePeriodSeconds *int             `yaml:"terminationGracePeriodSeconds"`
	SecurityContext               *securityContext `yaml:"securityContext"`
	TopologySpreadConstraints     []struct {
		TopologyKey string `yaml:"topologyKey"`
		MaxSkew     int    `yaml:"maxSkew"`
	} `yaml:"topologySpreadConstraints"`
	Containers []container `yaml:"containers"`
}

type securityContext struct {
	RunAsNonRoot             *bool `yaml:"runAsNonRoot"`
	RunAsUser                *int  `yaml:"runAsUser"`
	ReadOnlyRootFilesystem   *bool `yaml:"readOnlyRootFilesystem"`
	AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation"`
	Capabilities             *struct {
		Drop []string `yaml:"drop"`
	} `yaml:"capabilities"`
}

type container struct {
	Name    string   `yaml:"name"`
	Image   string   `yaml:"image"`
	Command []string `yaml:"command"`
	Args    []string `yaml:"args"`
	Ports   []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	Env []struct {
		Name      string `yaml:"name"`
		Value     string `yaml:"value"`
		ValueFrom *struct {
			SecretKeyRef    *keyRef `yaml:"secretKeyRef"`
			ConfigMapKeyRef *keyRef `yaml:"configMapKeyRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	EnvFrom []struct {
		ConfigMapRef *struct {
			Name string `yaml:"name"`
		} `yaml:"configMapRef"`
		SecretRef *struct {
			Name string `yaml:"name"`
		} `yaml:"secretRef"`
	} `yaml:"envFrom"`
	Resources struct {
		Requests map[string]string `yaml:"requests"`
		Limits   map[string]string `yaml:"limits"`
	} `yaml:"resources"`
	StartupProbe   *probe `yaml:"startupProbe"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	Lifecycle      *struct {
		PreStop *struct {
			Sleep *struct {
				Seconds int `yaml:"seconds"`
			} `yaml:"sleep"`
		} `yaml:"preStop"`
	} `yaml:"lifecycle"`
	SecurityContext *securityContext `yaml:"securityContext"`
	VolumeMounts    []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
	} `yaml:"volumeMounts"`
}

type keyRef struct {
	Name     string `yaml:"name"`
	Key      string `yaml:"key"`
	Optional bool   `yaml:"optional"`
}

type probe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
		Port any    `yaml:"port"`
	} `yaml:"httpGet"`
	Exec *struct {
		Command []string `yaml:"command"`
	} `yaml:"exec"`
	TCPSocket *struct {
		Port any `yaml:"port"`
	} `yaml:"tcpSocket"`
}

func (p *probe) path() string {
	if p == nil || p.HTTPGet == nil {
		return ""
	}
	return p.HTTPGet.Path
}

type service struct {
	Spec struct {
		Type      string            `yaml:"type"`
		ClusterIP string            `yaml:"clusterIP"`
		Selector  map[string]string `yaml:"selector"`
		Ports     []struct {
			Name       string `yaml:"name"`
			Port       int    `yaml:"port"`
			TargetPort any    `yaml:"targetPort"`
		} `yaml:"ports"`
	} `yaml:"spec"`
}

// subset reports whether every label of sel is in labels (and sel is not
// empty, which would select everything).
func subset(sel, labels map[string]string) bool {
	if len(sel) == 0 {
		return false
	}
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func onlyContainer(t *testing.T, w workload, what string) container {
	t.Helper()
	if got := len(w.Spec.Template.Spec.Containers); got != 1 {
		t.Fatalf("%s: got %d containers, want 1", what, got)
	}
	return w.Spec.Template.Spec.Containers[0]
}

// portMatches reports whether a probe or Service port (a number or a port
// name) names the container's port.
func portMatches(port any, c container) bool {
	for _, p := range c.Ports {
		switch v := port.(type) {
		case int:
			if v == p.ContainerPort {
				return true
			}
		case string:
			if v == p.Name || v == strconv.Itoa(p.ContainerPort) {
				return true
			}
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// Tests: every file

func TestYAMLFilesParse(t *testing.T) {
	for _, f := range yamlFiles(t) {
		t.Run(f, func(t *testing.T) {
			docs, err := parseFile(f)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if len(docs) == 0 {
				t.Errorf("%s: got 0 documents, want at least 1", f)
			}
		})
	}
}

func TestK8sDocumentsHaveIdentity(t *testing.T) {
	for _, d := range loadAll(t) {
		if !isK8s(d.file) {
			continue
		}
		t.Run(fmt.Sprintf("%s#%d", d.file, d.index+1), func(t *testing.T) {
			checks := []struct {
				field string
				got   string
				skip  bool
			}{
				{"apiVersion", d.head.APIVersion, false},
				{"kind", d.head.Kind, false},
				// A Kustomization is kustomize's own file, not an object.
				{"metadata.name", d.head.Metadata.Name, d.head.Kind == "Kustomization"},
			}
			for _, c := range checks {
				if !c.skip && c.got == "" {
					t.Errorf("%s: %s: got empty, want a value", d, c.field)
				}
			}
			if ns := d.head.Metadata.Namespace; ns != "" {
				t.Errorf("%s: metadata.namespace: got %q, want none (namespace-agnostic)", d, ns)
			}
		})
	}
}

func TestKustomization(t *testing.T) {
	docs, err := parseFile("k8s/kustomization.yaml")
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if len(docs) != 1 {
		t.Fatalf("k8s/kustomization.yaml: got %d documents, want 1", len(docs))
	}
	var k struct {
		Kind      string   `yaml:"kind"`
		Namespace string   `yaml:"namespace"`
		Resources []string `yaml:"resources"`
	}
	decode(t, docs[0], &k)
	if k.Kind != "Kustomization" {
		t.Errorf("kind: got %q, want Kustomization", k.Kind)
	}
	if k.Namespace != "" {
		t.Errorf("namespace: got %q, want none (namespace-agnostic)", k.Namespace)
	}
	var images struct {
		Images []struct {
			Name    string `yaml:"name"`
			NewName string `yaml:"newName"`
			NewTag  string `yaml:"newTag"`
		} `yaml:"images"`
	}
	decode(t, docs[0], &images)
	for _, im := range images.Images {
		if im.NewTag == "" || im.NewTag == "latest" {
			t.Errorf("images: %s: got tag %q, want a pinned release", im.Name, im.NewTag)
		}
	}
	for _, r := range k.Resources {
		if strings.Contains(r, "example") {
			t.Errorf("resources: got %q, want no example files applied", r)
		}
		if _, err := os.Stat(filepath.Join("k8s", filepath.FromSlash(r))); err != nil {
			t.Errorf("resources: %q: got %v, want an existing file", r, err)
		}
	}
	for _, f := range yamlFiles(t) {
		base := path.Base(f)
		if !isK8s(f) || base == "kustomization.yaml" || strings.Contains(base, ".example.") {
			continue
		}
		if rel := strings.TrimPrefix(f, "k8s/"); !slices.Contains(k.Resources, rel) {
			t.Errorf("resources: got no %q, want every non-example manifest listed", rel)
		}
	}
}

// ---------------------------------------------------------------------------
// Tests: Kubernetes workloads

func TestDeployment(t *testing.T) {
	docs := loadAll(t)
	var w workload
	decode(t, k8sObject(t, docs, "Deployment", "akari"), &w)
	c := onlyContainer(t, w, "Deployment akari")
	pod := w.Spec.Template.Spec

	deref := func(p *int) int {
		if p == nil {
			return -1
		}
		return *p
	}
	isTrue := func(p *bool) bool { return p != nil && *p }
	var maxUnavailable any = "unset"
	if ru := w.Spec.Strategy.RollingUpdate; ru != nil {
		maxUnavailable = ru.MaxUnavailable
	}
	var topologyKeys []string
	for _, tsc := range pod.TopologySpreadConstraints {
		topologyKeys = append(topologyKeys, tsc.TopologyKey)
	}
	var dropped []string
	if c.SecurityContext != nil && c.SecurityContext.Capabilities != nil {
		dropped = c.SecurityContext.Capabilities.Drop
	}
	podNonRoot := pod.SecurityContext != nil && isTrue(pod.SecurityContext.RunAsNonRoot)
	ctrNonRoot := c.SecurityContext != nil && isTrue(c.SecurityContext.RunAsNonRoot)
	readOnly := c.SecurityContext != nil && isTrue(c.SecurityContext.ReadOnlyRootFilesystem)
	noEscalation := c.SecurityContext != nil && c.SecurityContext.AllowPrivilegeEscalation != nil && !*c.SecurityContext.AllowPrivilegeEscalation

	tests := []struct {
		name string
		ok   bool
		got  any
		want string
	}{
		{"replicas", deref(w.Spec.Replicas) >= 2, deref(w.Spec.Replicas), ">= 2"},
		{"selector matches pod labels", subset(w.Spec.Selector.MatchLabels, w.Spec.Template.Metadata.Labels), w.Spec.Selector.MatchLabels, "a subset of the template's labels"},
		{"strategy", w.Spec.Strategy.Type == "RollingUpdate", w.Spec.Strategy.Type, "RollingUpdate"},
		{"maxUnavailable", maxUnavailable == 0 || maxUnavailable == "0%", maxUnavailable, "0"},
		{"readinessProbe path", c.ReadinessProbe.path() == "/readyz", c.ReadinessProbe.path(), "/readyz"},
		{"livenessProbe path", c.LivenessProbe.path() == "/healthz", c.LivenessProbe.path(), "/healthz"},
		{"startupProbe", c.StartupProbe.path() != "", c.StartupProbe.path(), "an HTTP probe"},
		{"readinessProbe port", c.ReadinessProbe != nil && c.ReadinessProbe.HTTPGet != nil && portMatches(c.ReadinessProbe.HTTPGet.Port, c), c.ReadinessProbe != nil, "the container's port"},
		{"livenessProbe port", c.LivenessProbe != nil && c.LivenessProbe.HTTPGet != nil && portMatches(c.LivenessProbe.HTTPGet.Port, c), c.LivenessProbe != nil, "the container's port"},
		{"containerPort 8080", portMatches(8080, c), c.Ports, "8080"},
		{"runAsNonRoot", podNonRoot || ctrNonRoot, podNonRoot || ctrNonRoot, "true"},
		{"readOnlyRootFilesystem", readOnly, readOnly, "true"},
		{"allowPrivilegeEscalation", noEscalation, !noEscalation, "false"},
		{"capabilities drop", slices.Contains(dropped, "ALL"), dropped, "[ALL]"},
		{"resources requests", c.Resources.Requests["cpu"] != "" && c.Resources.Requests["memory"] != "", c.Resources.Requests, "cpu and memory"},
		{"resources limits", c.Resources.Limits["memory"] != "", c.Resources.Limits, "memory (and cpu)"},
		{"terminationGracePeriodSeconds", deref(pod.TerminationGracePeriodSeconds) == 30, deref(pod.TerminationGracePeriodSeconds), "30"},
		{"prometheus.io/scrape", w.Spec.Template.Metadata.Annotations["prometheus.io/scrape"] == "true", w.Spec.Template.Metadata.Annotations["prometheus.io/scrape"], `"true"`},
		{"prometheus.io/path", w.Spec.Template.Metadata.Annotations["prometheus.io/path"] == "/metrics", w.Spec.Template.Metadata.Annotations["prometheus.io/path"], "/metrics"},
		{"prometheus.io/port", w.Spec.Template.Metadata.Annotations["prometheus.io/port"] == "8080", w.Spec.Template.Metadata.Annotations["prometheus.io/port"], "8080"},
		{"topologySpreadConstraints", slices.Contains(topologyKeys, "kubernetes.io/hostname"), topologyKeys, "kubernetes.io/hostname among them"},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("Deployment akari: %s: got %v, want %s", tt.name, tt.got, tt.want)
		}
	}
}

// deploymentEnv returns the variables the Deployment's container sets
// literally or by reference, and those it takes from ConfigMaps via envFrom.
func deploymentEnv(t *testing.T, docs []doc) (c container, configVars map[string]string) {
	t.Helper()
	var w workload
	decode(t, k8sObject(t, docs, "Deployment", "akari"), &w)
	c = onlyContainer(t, w, "Deployment akari")
	configVars = map[string]string{}
	for _, ef := range c.EnvFrom {
		if ef.SecretRef != nil {
			t.Errorf("envFrom secretRef %q: got a whole Secret, want secretKeyRef per variable", ef.SecretRef.Name)
		}
		if ef.ConfigMapRef == nil {
			continue
		}
		var cm struct {
			Data map[string]string `yaml:"data"`
		}
		decode(t, k8sObject(t, docs, "ConfigMap", ef.ConfigMapRef.Name), &cm)
		for k, v := range cm.Data {
			configVars[k] = v
		}
	}
	return c, configVars
}

func TestDeploymentEnv(t *testing.T) {
	docs := loadAll(t)
	c, configVars := deploymentEnv(t, docs)

	names := map[string]string{} // variable -> where it comes from
	for k := range configVars {
		names[k] = "ConfigMap"
	}
	for _, e := range c.Env {
		if _, dup := names[e.Name]; dup {
			t.Errorf("env %s: got it set twice, want once", e.Name)
		}
		names[e.Name] = "env"
		switch {
		case e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil:
			ref := e.ValueFrom.SecretKeyRef
			names[e.Name] = "Secret"
			if ref.Name != "akari-secrets" || ref.Key != e.Name {
				t.Errorf("env %s: got secretKeyRef %s/%s, want akari-secrets/%s", e.Name, ref.Name, ref.Key, e.Name)
			}
		case e.ValueFrom != nil && e.ValueFrom.ConfigMapKeyRef != nil:
			names[e.Name] = "ConfigMap"
		}
	}

	t.Run("known", func(t *testing.T) {
		for name := range names {
			if !knownVar(name) {
				t.Errorf("env %s: got a variable DESIGN does not name, want a DESIGN variable or AKARI_*", name)
			}
		}
	})
	t.Run("secrets", func(t *testing.T) {
		for _, name := range secretVars {
			if got := names[name]; got != "Secret" {
				t.Errorf("env %s: got source %q, want Secret akari-secrets", name, got)
			}
		}
	})
	t.Run("values", func(t *testing.T) {
		literal := map[string]string{}
		for _, e := range c.Env {
			if e.ValueFrom == nil {
				literal[e.Name] = e.Value
			}
		}
		tests := []struct {
			name, got, want string
		}{
			{"AKARI_ADDR", literal["AKARI_ADDR"], ":8080"},
			{"AKARI_SHUTDOWN_GRACE", literal["AKARI_SHUTDOWN_GRACE"], "20s"},
			{"REDIS_URL", configVars["REDIS_URL"], "redis://akari-redis:6379/0"},
		}
		for _, tt := range tests {
			if tt.got != tt.want {
				t.Errorf("env %s: got %q, want %q", tt.name, tt.got, tt.want)
			}
		}
		// Behind the ingress every client would share its address, and the
		// console's login slow-down is per client address.
		if configVars["AKARI_TRUST_PROXY"] != "true" {
			t.Errorf("ConfigMap: AKARI_TRUST_PROXY: got %q, want \"true\" (the example ingress forwards the client address)", configVars["AKARI_TRUST_PROXY"])
		}
		if !strings.HasPrefix(configVars["AKARI_CONSOLE_URL"], "https://") {
			t.Errorf("ConfigMap: AKARI_CONSOLE_URL: got %q, want the console's https address", configVars["AKARI_CONSOLE_URL"])
		}
		for _, name := range []string{"AKARI_WORKERS", "AKARI_PARTITIONS"} {
			if _, ok := configVars[name]; !ok {
				t.Errorf("ConfigMap: %s: got missing, want set", name)
			}
		}
	})
	// akari serve refuses to start with OPENAI_BASE_URL/OPENAI_MODEL but no
	// key, and with only one of the console user and password.
	t.Run("settings that go together", func(t *testing.T) {
		optional := map[string]bool{}
		for _, e := range c.Env {
			if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
				optional[e.Name] = e.ValueFrom.SecretKeyRef.Optional
			}
		}
		base, model := configVars["OPENAI_BASE_URL"], configVars["OPENAI_MODEL"]
		local := strings.Contains(base, "://localhost") || strings.Contains(base, "://127.")
		if (base != "" || model != "") && !local && optional["OPENAI_API_KEY"] {
			t.Errorf("OPENAI_API_KEY: got optional with OPENAI_BASE_URL=%q OPENAI_MODEL=%q, want required", base, model)
		}
		if got, want := optional["AKARI_CONSOLE_USER"], optional["AKARI_CONSOLE_PASSWORD"]; got != want {
			t.Errorf("AKARI_CONSOLE_USER optional: got %v, want %v (same as AKARI_CONSOLE_PASSWORD)", got, want)
		}
		if got, want := optional["LINE_CHANNEL_SECRET"], optional["LINE_CHANNEL_ACCESS_TOKEN"]; got || want {
			t.Errorf("LINE channel secret/token optional: got %v/%v, want both required", got, want)
		}
	})
	// As shipped, only LINE and the console login are needed: the LLM is
	// an addition (the key), not an edit of two files.
	t.Run("offline as shipped", func(t *testing.T) {
		for _, e := range c.Env {
			if e.Name == "OPENAI_API_KEY" && (e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil || !e.ValueFrom.SecretKeyRef.Optional) {
				t.Errorf("OPENAI_API_KEY: got required, want optional so the manifests run offline without it")
			}
		}
		env := map[string]string{"LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t", "AKARI_CONSOLE_USER": "u", "AKARI_CONSOLE_PASSWORD": "p"}
		for k, v := range configVars {
			env[k] = v
		}
		for _, e := range c.Env {
			if e.ValueFrom == nil {
				env[e.Name] = e.Value
			}
		}
		cfg, err := config.Load(func(k string) string { return env[k] })
		if err != nil || cfg.LLMEnabled() || !cfg.TrustProxy {
			t.Errorf("the manifests without OPENAI_API_KEY: %v (LLM %v, trust proxy %v); want Akari to start offline behind the ingress", err, cfg.LLMEnabled(), cfg.TrustProxy)
		}
	})
	t.Run("shutdown fits the grace period", func(t *testing.T) {
		var w workload
		decode(t, k8sObject(t, docs, "Deployment", "akari"), &w)
		var grace time.Duration
		for _, e := range c.Env {
			if e.Name == "AKARI_SHUTDOWN_GRACE" {
				d, err := time.ParseDuration(e.Value)
				if err != nil {
					t.Fatalf("AKARI_SHUTDOWN_GRACE: got %q (%v), want a Go duration", e.Value, err)
				}
				grace = d
			}
		}
		var preStop time.Duration
		if l := c.Lifecycle; l != nil && l.PreStop != nil && l.PreStop.Sleep != nil {
			preStop = time.Duration(l.PreStop.Sleep.Seconds) * time.Second
		}
		var period time.Duration
		if p := w.Spec.Template.Spec.TerminationGracePeriodSeconds; p != nil {
			period = time.Duration(*p) * time.Second
		}
		if grace+preStop >= period {
			t.Errorf("preStop %v + AKARI_SHUTDOWN_GRACE %v: got %v, want < terminationGracePeriodSeconds %v", preStop, grace, grace+preStop, period)
		}
	})
}

func TestService(t *testing.T) {
	docs := loadAll(t)
	var w workload
	decode(t, k8sObject(t, docs, "Deployment", "akari"), &w)
	c := onlyContainer(t, w, "Deployment akari")
	var s service
	decode(t, k8sObject(t, docs, "Service", "akari"), &s)

	if !subset(s.Spec.Selector, w.Spec.Template.Metadata.Labels) {
		t.Errorf("Service akari selector: got %v, want a subset of the Deployment's pod labels %v", s.Spec.Selector, w.Spec.Template.Metadata.Labels)
	}
	if len(s.Spec.Ports) != 1 {
		t.Fatalf("Service akari ports: got %d, want 1", len(s.Spec.Ports))
	}
	p := s.Spec.Ports[0]
	if p.Port != 80 {
		t.Errorf("Service akari port: got %d, want 80", p.Port)
	}
	if !portMatches(p.TargetPort, c) || !portMatches(8080, c) {
		t.Errorf("Service akari targetPort: got %v, want the container's port 8080", p.TargetPort)
	}
}

func TestHPA(t *testing.T) {
	var h struct {
		Spec struct {
			ScaleTargetRef struct {
				Kind string `yaml:"kind"`
				Name string `yaml:"name"`
			} `yaml:"scaleTargetRef"`
			MinReplicas int `yaml:"minReplicas"`
			MaxReplicas int `yaml:"maxReplicas"`
			Metrics     []struct {
				Type     string `yaml:"type"`
				Resource struct {
					Name   string `yaml:"name"`
					Target struct {
						Type               string `yaml:"type"`
						AverageUtilization int    `yaml:"averageUtilization"`
					} `yaml:"target"`
				} `yaml:"resource"`
			} `yaml:"metrics"`
		} `yaml:"spec"`
	}
	d := k8sObject(t, loadAll(t), "HorizontalPodAutoscaler", "akari")
	decode(t, d, &h)
	cpu := -1
	for _, m := range h.Spec.Metrics {
		if m.Type == "Resource" && m.Resource.Name == "cpu" && m.Resource.Target.Type == "Utilization" {
			cpu = m.Resource.Target.AverageUtilization
		}
	}
	tests := []struct {
		name string
		ok   bool
		got  any
		want string
	}{
		{"apiVersion", d.head.APIVersion == "autoscaling/v2", d.head.APIVersion, "autoscaling/v2"},
		{"scaleTargetRef", h.Spec.ScaleTargetRef.Kind == "Deployment" && h.Spec.ScaleTargetRef.Name == "akari", h.Spec.ScaleTargetRef, "Deployment akari"},
		{"minReplicas", h.Spec.MinReplicas >= 2, h.Spec.MinReplicas, ">= 2"},
		{"maxReplicas", h.Spec.MaxReplicas >= h.Spec.MinReplicas && h.Spec.MaxReplicas == 6, h.Spec.MaxReplicas, "6"},
		{"cpu averageUtilization", cpu == 70, cpu, "70"},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("HPA akari: %s: got %v, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestPDB(t *testing.T) {
	docs := loadAll(t)
	var w workload
	decode(t, k8sObject(t, docs, "Deployment", "akari"), &w)
	var p struct {
		Spec struct {
			MinAvailable any `yaml:"minAvailable"`
			Selector     struct {
				MatchLabels map[string]string `yaml:"matchLabels"`
			} `yaml:"selector"`
		} `yaml:"spec"`
	}
	decode(t, k8sObject(t, docs, "PodDisruptionBudget", "akari"), &p)
	if n, ok := p.Spec.MinAvailable.(int); !ok || n < 1 {
		t.Errorf("PDB akari minAvailable: got %v, want >= 1", p.Spec.MinAvailable)
	}
	if !subset(p.Spec.Selector.MatchLabels, w.Spec.Template.Metadata.Labels) {
		t.Errorf("PDB akari selector: got %v, want a subset of the Deployment's pod labels %v", p.Spec.Selector.MatchLabels, w.Spec.Template.Metadata.Labels)
	}
}

// hasAppendOnly reports whether a redis-server command line turns AOF on,
// given as a list of words or one string.
func hasAppendOnly(words []string) bool {
	line := " " + strings.Join(words, " ") + " "
	return strings.Contains(line, " --appendonly yes ")
}

func TestRedisStatefulSet(t *testing.T) {
	docs := loadAll(t)
	var w workload
	decode(t, k8sObject(t, docs, "StatefulSet", "akari-redis"), &w)
	c := onlyContainer(t, w, "StatefulSet akari-redis")

	var claims []string
	for _, v := range w.Spec.VolumeClaimTemplates {
		claims = append(claims, v.Metadata.Name)
	}
	dataMounted := false
	for _, m := range c.VolumeMounts {
		if m.MountPath == "/data" && slices.Contains(claims, m.Name) {
			dataMounted = true
		}
	}
	var readiness []string
	if c.ReadinessProbe != nil && c.ReadinessProbe.Exec != nil {
		readiness = c.ReadinessProbe.Exec.Command
	}
	cmdline := append(slices.Clone(c.Command), c.Args...)

	tests := []struct {
		name string
		ok   bool
		got  any
		want string
	}{
		{"appendonly", hasAppendOnly(cmdline), cmdline, "--appendonly yes"},
		{"volumeClaimTemplates", len(claims) > 0, claims, "a claim"},
		{"/data on a claim", dataMounted, c.VolumeMounts, "/data mounted from a volumeClaimTemplate"},
		{"readinessProbe", strings.Contains(strings.Join(readiness, " "), "redis-cli ping"), readiness, "exec redis-cli ping"},
		{"serviceName", w.Spec.ServiceName != "", w.Spec.ServiceName, "a governing Service"},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("StatefulSet akari-redis: %s: got %v, want %s", tt.name, tt.got, tt.want)
		}
	}

	// The Services in front of it: akari-redis (what REDIS_URL names) and the
	// governing one.
	for _, name := range []string{"akari-redis", w.Spec.ServiceName} {
		var s service
		decode(t, k8sObject(t, docs, "Service", name), &s)
		if !subset(s.Spec.Selector, w.Spec.Template.Metadata.Labels) {
			t.Errorf("Service %s selector: got %v, want a subset of akari-redis pod labels %v", name, s.Spec.Selector, w.Spec.Template.Metadata.Labels)
		}
		if len(s.Spec.Ports) == 0 || s.Spec.Ports[0].Port != 6379 {
			t.Errorf("Service %s ports: got %v, want 6379", name, s.Spec.Ports)
		}
	}
	var gov service
	decode(t, k8sObject(t, docs, "Service", w.Spec.ServiceName), &gov)
	if gov.Spec.ClusterIP != "None" {
		t.Errorf("Service %s clusterIP: got %q, want None (headless)", w.Spec.ServiceName, gov.Spec.ClusterIP)
	}
}

// ---------------------------------------------------------------------------
// Tests: docker compose and its env file

type composeFile struct {
	Services map[string]struct {
		Image string `yaml:"image"`
		Build *struct {
			Context    string `yaml:"context"`
			Dockerfile string `yaml:"dockerfile"`
		} `yaml:"build"`
		Command     any       `yaml:"command"`
		EnvFile     yaml.Node `yaml:"env_file"`
		Environment yaml.Node `yaml:"environment"`
		Ports       []string  `yaml:"ports"`
		Volumes     []string  `yaml:"volumes"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
		Healthcheck *struct {
			Test any `yaml:"test"`
		} `yaml:"healthcheck"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

// words flattens a compose command or healthcheck test (string or list).
func words(v any) []string {
	switch v := v.(type) {
	case string:
		return strings.Fields(v)
	case []any:
		var out []string
		for _, w := range v {
			out = append(out, fmt.Sprint(w))
		}
		return out
	}
	return nil
}

func loadCompose(t *testing.T) composeFile {
	t.Helper()
	docs, err := parseFile("docker-compose.yml")
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if len(docs) != 1 {
		t.Fatalf("docker-compose.yml: got %d documents, want 1", len(docs))
	}
	var c composeFile
	decode(t, docs[0], &c)
	return c
}

func TestCompose(t *testing.T) {
	c := loadCompose(t)
	akari, okA := c.Services["akari"]
	redis, okR := c.Services["redis"]
	if !okA || !okR {
		t.Fatalf("services: got akari=%v redis=%v, want both", okA, okR)
	}

	var envFiles []string
	_ = akari.EnvFile.Decode(&envFiles) // short form: a list of paths
	if len(envFiles) == 0 {
		var long []struct {
			Path string `yaml:"path"`
		}
		if err := akari.EnvFile.Decode(&long); err == nil {
			for _, f := range long {
				envFiles = append(envFiles, f.Path)
			}
		}
	}
	var redisVolume bool
	for _, v := range redis.Volumes {
		name, target, _ := strings.Cut(v, ":")
		if strings.HasPrefix(target, "/data") {
			_, named := c.Volumes[name]
			redisVolume = named || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "/")
		}
	}
	var hc []string
	if redis.Healthcheck != nil {
		hc = words(redis.Healthcheck.Test)
	}

	tests := []struct {
		name string
		ok   bool
		got  any
		want string
	}{
		{"akari build context", akari.Build != nil && akari.Build.Context == "..", akari.Build, "context .."},
		{"akari env_file", slices.ContainsFunc(envFiles, func(f string) bool { return path.Base(f) == "akari.env.example" }), envFiles, "akari.env.example"},
		{"akari ports", slices.ContainsFunc(akari.Ports, func(p string) bool { return strings.HasSuffix(p, ":8080") }), akari.Ports, "8080 published"},
		{"akari depends_on redis", akari.DependsOn["redis"].Condition == "service_healthy", akari.DependsOn["redis"].Condition, "service_healthy"},
		{"redis image", strings.HasPrefix(redis.Image, "redis:7"), redis.Image, "redis:7-alpine"},
		{"redis command", hasAppendOnly(words(redis.Command)), redis.Command, "--appendonly yes"},
		{"redis /data volume", redisVolume, redis.Volumes, "a volume on /data"},
		{"redis healthcheck", strings.Contains(strings.Join(hc, " "), "redis-cli ping"), hc, "redis-cli ping"},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("docker-compose.yml: %s: got %v, want %s", tt.name, tt.got, tt.want)
		}
	}
}

// envLine is one VAR=value line of an env file, possibly commented out.
type envLine struct {
	value     string
	commented bool
}

func readEnvFile(t *testing.T, name string) map[string]envLine {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	vars := map[string]envLine{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		commented := strings.HasPrefix(line, "#")
		line = strings.TrimSpace(strings.TrimPrefix(line, "#"))
		key, value, ok := strings.Cut(line, "=")
		if !ok || key == "" || strings.ContainsAny(key, " \t") || strings.ToUpper(key) != key {
			if !commented && line != "" {
				t.Errorf("%s:%d: got %q, want VAR=value, a comment or a blank line", name, n, sc.Text())
			}
			continue
		}
		if prev, dup := vars[key]; dup && !prev.commented && !commented {
			t.Errorf("%s:%d: %s: got a second assignment, want one", name, n, key)
		}
		if _, dup := vars[key]; !dup || !commented {
			vars[key] = envLine{value: value, commented: commented}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return vars
}

func TestEnvExample(t *testing.T) {
	vars := readEnvFile(t, "akari.env.example")
	for _, name := range designVars {
		if _, ok := vars[name]; !ok {
			t.Errorf("akari.env.example: %s: got undocumented, want a (possibly commented) line", name)
		}
	}
	for name, v := range vars {
		if !knownVar(name) {
			t.Errorf("akari.env.example: %s: got a variable DESIGN does not name, want a DESIGN variable or AKARI_*", name)
		}
		if slices.Contains(secretVars, name) && v.value != "" {
			t.Errorf("akari.env.example: %s: got %q, want empty (no secrets in the example)", name, v.value)
		}
	}
	// Every setting config reads is documented here, at least commented.
	var read []string
	config.Load(func(k string) string { read = append(read, k); return "" })
	for _, name := range read {
		if _, ok := vars[name]; !ok {
			t.Errorf("akari.env.example: %s: got undocumented, want a line for every setting akari serve reads", name)
		}
	}
	if got, want := vars["REDIS_URL"], (envLine{value: "redis://redis:6379/0"}); got != want {
		t.Errorf("akari.env.example: REDIS_URL: got %+v, want %+v", got, want)
	}
}

// TestDevModeIsNeverPublicByAccident starts nothing: it reads the settings
// the Dockerfile, the env example and compose give a container that has no
// LINE channel, and checks that Akari would refuse them or stay on
// loopback.
func TestDevModeIsNeverPublicByAccident(t *testing.T) {
	example := map[string]string{}
	for name, v := range readEnvFile(t, "akari.env.example") {
		if !v.commented {
			example[name] = v.value
		}
	}
	for _, secret := range []string{"LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN"} {
		if example[secret] != "" {
			t.Fatalf("akari.env.example sets %s; the test wants the file as shipped", secret)
		}
	}
	if _, ok := example["AKARI_DEV"]; ok {
		t.Errorf("akari.env.example: AKARI_DEV: got set, want commented out (dev mode on the network only on purpose)")
	}
	for what, env := range map[string]map[string]string{
		"the image alone (ENV AKARI_ADDR=:8080)": {"AKARI_ADDR": ":8080"},
		"the image with the env example":         example,
	} {
		cfg, err := config.Load(func(k string) string { return env[k] })
		if err == nil && cfg.DevMode && !config.Loopback(cfg.Addr) {
			t.Errorf("%s: dev mode would serve on %s", what, cfg.Addr)
		}
	}
	c := loadCompose(t)
	for _, p := range c.Services["akari"].Ports {
		if !strings.HasPrefix(p, "127.0.0.1:") {
			t.Errorf("docker-compose.yml: port %q: got published on every host interface, want 127.0.0.1:…", p)
		}
	}
}

// ---------------------------------------------------------------------------
// Tests: Dockerfile

// instruction is one Dockerfile instruction, continuation lines joined.
type instruction struct {
	line int
	cmd  string // upper case
	args string
}

func readDockerfile(t *testing.T, name string) []instruction {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	var out []instruction
	var cur strings.Builder
	start := 0
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "#") || (line == "" && cur.Len() == 0) {
			continue // comments (also between continuation lines) and blanks
		}
		if cur.Len() == 0 {
			start = i + 1
		}
		if cont, ok := strings.CutSuffix(line, `\`); ok {
			cur.WriteString(cont + " ")
			continue
		}
		cur.WriteString(line)
		cmd, args, _ := strings.Cut(strings.TrimSpace(cur.String()), " ")
		out = append(out, instruction{line: start, cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args)})
		cur.Reset()
	}
	if cur.Len() > 0 {
		t.Errorf("%s: got a dangling continuation at the end, want none", name)
	}
	return out
}

// stage is one FROM … section of a Dockerfile.
type stage struct {
	image, name string
	body        []instruction
}

func stages(t *testing.T, ins []instruction) []stage {
	t.Helper()
	var out []stage
	for _, in := range ins {
		if in.cmd != "FROM" {
			if len(out) > 0 {
				out[len(out)-1].body = append(out[len(out)-1].body, in)
			}
			continue
		}
		var fields []string
		for _, f := range strings.Fields(in.args) {
			if !strings.HasPrefix(f, "--") { // --platform=…
				fields = append(fields, f)
			}
		}
		if len(fields) == 0 {
			t.Fatalf("Dockerfile:%d: got FROM without an image, want one", in.line)
		}
		s := stage{image: fields[0]}
		if len(fields) == 3 && strings.EqualFold(fields[1], "AS") {
			s.name = fields[2]
		}
		out = append(out, s)
	}
	return out
}

func (s stage) find(cmd string) []instruction {
	var out []instruction
	for _, in := range s.body {
		if in.cmd == cmd {
			out = append(out, in)
		}
	}
	return out
}

func TestDockerfile(t *testing.T) {
	ins := readDockerfile(t, filepath.Join("..", "Dockerfile"))
	st := stages(t, ins)
	if len(st) < 2 {
		t.Fatalf("Dockerfile FROM lines: got %d, want >= 2 (multi-stage)", len(st))
	}
	build, final := st[0], st[len(st)-1]

	user := "" // the final stage's effective user, "" = image default
	for _, in := range final.find("USER") {
		user = in.args
	}
	nonRoot := strings.Contains(final.image, "nonroot")
	if user != "" {
		u, _, _ := strings.Cut(user, ":")
		nonRoot = u != "root" && u != "0"
	}
	joined := func(s stage, cmd string) string {
		var parts []string
		for _, in := range s.find(cmd) {
			parts = append(parts, in.args)
		}
		return strings.Join(parts, "\n")
	}
	buildRun := joined(build, "RUN")
	// go mod download must come before the source is copied in, so the
	// dependency layer survives source edits.
	downloadFirst := false
	for _, in := range build.body {
		if in.cmd == "RUN" && strings.Contains(in.args, "go mod download") {
			downloadFirst = true
			break
		}
		if in.cmd == "COPY" && strings.HasPrefix(strings.TrimSpace(in.args), ". ") {
			break
		}
	}

	tests := []struct {
		name string
		ok   bool
		got  any
		want string
	}{
		{"final stage user", nonRoot, fmt.Sprintf("image %s, USER %q", final.image, user), "a nonroot image or a non-root USER"},
		{"final stage image", strings.HasPrefix(final.image, "gcr.io/distroless/static"), final.image, "gcr.io/distroless/static-debian12:nonroot"},
		{"build stage image", strings.Contains(build.image, "golang:"), build.image, "golang:1.26-…"},
		{"go mod download layer", downloadFirst, downloadFirst, "RUN go mod download before COPY . ."},
		{"static build", strings.Contains(buildRun, "CGO_ENABLED=0"), buildRun, "CGO_ENABLED=0"},
		{"build command", strings.Contains(buildRun, "go build -trimpath") && strings.Contains(buildRun, "./cmd/akari"), buildRun, "go build -trimpath … ./cmd/akari"},
		{"copies the binary", strings.Contains(joined(final, "COPY"), "--from="), joined(final, "COPY"), "COPY --from=<build stage>"},
		{"EXPOSE", joined(final, "EXPOSE") == "8080", joined(final, "EXPOSE"), "8080"},
		{"ENV AKARI_ADDR", strings.Contains(joined(final, "ENV"), "AKARI_ADDR=:8080"), joined(final, "ENV"), "AKARI_ADDR=:8080"},
		{"ENTRYPOINT", joined(final, "ENTRYPOINT") == `["/akari"]`, joined(final, "ENTRYPOINT"), `["/akari"]`},
		{"CMD", joined(final, "CMD") == `["serve"]`, joined(final, "CMD"), `["serve"]`},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("Dockerfile: %s: got %v, want %s", tt.name, tt.got, tt.want)
		}
	}
}
