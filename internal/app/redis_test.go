package app

import (
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"
)

func TestRedisURLForms(t *testing.T) {
	tests := []struct {
		url     string
		want    string // client type
		wantErr string
	}{
		{"redis://:pw@localhost:6379/2", "*redis.Client", ""},
		{"rediss://cache.example:6380/0", "*redis.Client", ""},
		{"redis://node1:7000?addr=node2:7000&addr=node3:7000", "*redis.ClusterClient", ""},
		{"redis://sentinel1:26379?master_name=akari&addr=sentinel2:26379", "*redis.Client", ""},
		{"redis://node1:7000?addr=node2:7000&bogus=1", "", "Cluster"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			c, _, err := connectRedis(tt.url, 10)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "REDIS_URL") {
					t.Fatalf("err = %v, want a REDIS_URL error mentioning %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if got := typeName(c); got != tt.want {
				t.Errorf("client %s, want %s", got, tt.want)
			}
		})
	}
}

func typeName(c redis.UniversalClient) string {
	switch c.(type) {
	case *redis.ClusterClient:
		return "*redis.ClusterClient"
	case *redis.Client:
		return "*redis.Client"
	}
	return "?"
}
