package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// logAddr waits for the log line whose msg is msg and returns its addr.
func logAddr(t *testing.T, logs *syncWriter, msg string) string {
	t.Helper()
	deadline := time.Now().Add(defaultTestTimeout)
	for time.Now().Before(deadline) {
		for line := range strings.Lines(logs.String()) {
			var l struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal([]byte(line), &l) == nil && l.Msg == msg {
				return l.Addr
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no %q line in the log:\n%s", msg, logs.String())
	return ""
}

// TestHTTPBinary runs the real binary with --http-addr and --metrics-addr
// (set through their environment variables): the JSON API answers with a
// key, the metrics are on their own address and count the call, and
// SIGTERM still ends the process cleanly.
func TestHTTPBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server binary; skipped in -short")
	}
	const key = "http-key-51a0"
	sum := sha256.Sum256([]byte(key))
	_, cmd, logs := startBinary(t, "DOCANALYSIS_KEYS=web "+hex.EncodeToString(sum[:])+" *",
		"DOCANALYSIS_HTTP_ADDR=127.0.0.1:0", "DOCANALYSIS_METRICS_ADDR=127.0.0.1:0")
	api := "http://" + logAddr(t, logs, "serving HTTP/JSON")
	metrics := "http://" + logAddr(t, logs, "serving metrics")
	hc := &http.Client{Timeout: defaultTestTimeout}

	get := func(method, url, body, auth string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(method, url, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, url, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	doc, _ := json.Marshal(map[string]any{"document": map[string]string{"id": "rail", "text": story}})
	if code, body := get("POST", api+"/v1/documents:analyze", string(doc), key); code != 200 || !strings.Contains(body, `"documentId":"rail"`) {
		t.Errorf("POST /v1/documents:analyze = %d %.200s; want 200 and the analysis", code, body)
	}
	if code, _ := get("POST", api+"/v1/documents:analyze", string(doc), ""); code != http.StatusUnauthorized {
		t.Errorf("without a key = %d; want 401", code)
	}
	if code, _ := get("GET", api+"/metrics", "", ""); code != http.StatusNotFound {
		t.Errorf("GET /metrics on the API address = %d; want 404 with --metrics-addr set", code)
	}
	code, body := get("GET", metrics+"/metrics", "", "")
	if code != 200 || !strings.Contains(body, "docanalysis_documents_analyzed_total 1\n") {
		t.Errorf("GET /metrics = %d; want 200 counting one document:\n%s", code, body)
	}
	if code, _ := get("GET", metrics+"/readyz", "", ""); code != 200 {
		t.Errorf("GET /readyz = %d; want 200", code)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitExit(t, cmd)
	if l := logs.String(); strings.Contains(l, key) || strings.Contains(l, "Ana Sousa") || !strings.Contains(l, `"transport":"http"`) {
		t.Errorf("the log holds the key or text, or no HTTP call line:\n%s", l)
	}
}
