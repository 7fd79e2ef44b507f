package servelog

import "testing"

func TestAddr(t *testing.T) {
	for _, tt := range []struct {
		line, want string
		ok         bool
	}{
		{`{"time":"2026-12-07T09:00:00Z","level":"INFO","msg":"serving","addr":"127.0.0.1:41234","tls":false}`, "127.0.0.1:41234", true},
		{`{"level":"INFO","msg":"shutting down"}`, "", false},
		{`{"level":"INFO","msg":"serving"}`, "", false},
		{`serving 127.0.0.1:1`, "", false},
	} {
		if got, ok := Addr([]byte(tt.line)); got != tt.want || ok != tt.ok {
			t.Errorf("Addr(%s) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}
