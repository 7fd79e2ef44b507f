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

func TestRetryServiceConfig(t *testing.T) {
	for _, tt := range []struct{ in, want int }{{2, 2}, {4, 4}, {5, 5}, {9, 5}} {
		var sc struct {
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
		if err := json.Unmarshal([]byte(retryServiceConfig(tt.in)), &sc); err != nil {
			t.Fatalf("retryServiceConfig(%d) is not JSON: %v", tt.in, err)
		}
		mc := sc.MethodConfig[0]
		if mc.Name[0].Service != serviceName || mc.RetryPolicy.MaxAttempts != tt.want ||
			len(mc.RetryPolicy.RetryableStatusCodes) != 1 || mc.RetryPolicy.RetryableStatusCodes[0] != "UNAVAILABLE" {
			t.Errorf("retryServiceConfig(%d) = %+v; want service %s, %d attempts on UNAVAILABLE", tt.in, mc, serviceName, tt.want)
		}
	}
}
