package client

import (
	"crypto/tls"
	"encoding/json"
	"testing"
)

func TestEvaluateOptions(t *testing.T) {
	cfg := &tls.Config{ServerName: "x"}
	tests := []struct {
		name         string
		opts         []Option
		wantInsecure bool
		wantTLS      *tls.Config
		wantAttempts int
	}{
		{"defaults", nil, false, nil, DefaultMaxAttempts},
		{"insecure", []Option{WithInsecure()}, true, nil, DefaultMaxAttempts},
		{"TLS overrides insecure", []Option{WithInsecure(), WithTLS(cfg)}, false, cfg, DefaultMaxAttempts},
		{"insecure overrides TLS", []Option{WithTLS(cfg), WithInsecure()}, true, nil, DefaultMaxAttempts},
		{"retry", []Option{WithRetry(2)}, false, nil, 2},
	}
	for _, tt := range tests {
		o := evaluateOptions(tt.opts)
		if o.insecure != tt.wantInsecure || o.tlsConfig != tt.wantTLS || o.maxAttempts != tt.wantAttempts {
			t.Errorf("%s: evaluateOptions = {insecure %v, tls %p, attempts %d}; want {%v, %p, %d}",
				tt.name, o.insecure, o.tlsConfig, o.maxAttempts, tt.wantInsecure, tt.wantTLS, tt.wantAttempts)
		}
	}
}

func TestDefaultServiceConfig(t *testing.T) {
	for _, tt := range []struct{ in, want int }{{0, 0}, {1, 0}, {2, 2}, {4, 4}, {5, 5}, {9, 5}} {
		var sc struct {
			LoadBalancingConfig []map[string]json.RawMessage `json:"loadBalancingConfig"`
			HealthCheckConfig   struct {
				ServiceName string `json:"serviceName"`
			} `json:"healthCheckConfig"`
			MethodConfig []struct {
				Name []struct {
					Service string `json:"service"`
				} `json:"name"`
				RetryPolicy struct {
					MaxAttempts          int      `json:"maxAttempts"`
					RetryableStatusCodes []string `json:"retryableStatusCodes"`
				} `json:"retryPolicy"`
			} `json:"methodConfig"`
		}
		if err := json.Unmarshal([]byte(defaultServiceConfig(tt.in)), &sc); err != nil {
			t.Fatalf("defaultServiceConfig(%d) is not JSON: %v", tt.in, err)
		}
		if _, ok := sc.LoadBalancingConfig[0]["round_robin"]; len(sc.LoadBalancingConfig) != 1 || !ok {
			t.Errorf("defaultServiceConfig(%d) balances with %v; want round_robin", tt.in, sc.LoadBalancingConfig)
		}
		if sc.HealthCheckConfig.ServiceName != serviceName {
			t.Errorf("defaultServiceConfig(%d) checks health of %q; want %q", tt.in, sc.HealthCheckConfig.ServiceName, serviceName)
		}
		if tt.want == 0 {
			if len(sc.MethodConfig) != 0 {
				t.Errorf("defaultServiceConfig(%d) = %+v; want no retry policy", tt.in, sc.MethodConfig)
			}
			continue
		}
		mc := sc.MethodConfig[0]
		if mc.Name[0].Service != serviceName || mc.RetryPolicy.MaxAttempts != tt.want ||
			len(mc.RetryPolicy.RetryableStatusCodes) != 1 || mc.RetryPolicy.RetryableStatusCodes[0] != "UNAVAILABLE" {
			t.Errorf("defaultServiceConfig(%d) = %+v; want service %s, %d attempts on UNAVAILABLE", tt.in, mc, serviceName, tt.want)
		}
	}
}
