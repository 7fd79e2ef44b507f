package server

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
	"github.com/docanalysis/docanalysis/internal/grpctest"
)

// writeCert makes a self-signed certificate for 127.0.0.1, usable by a
// server, and writes it and its key as PEM files; it returns their paths
// and a pool trusting it.
func writeCert(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	return writeCertFor(t, "docanalysis test", x509.ExtKeyUsageServerAuth)
}

// writeCertFor makes a self-signed certificate named cn for usage (server
// or client authentication) and writes it and its key as PEM files under a
// new temporary folder. Being self-signed, the certificate is its own CA:
// the returned pool trusts it, and its file can serve as a CA bundle.
func writeCertFor(t *testing.T, cn string, usage x509.ExtKeyUsage) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:  []x509.ExtKeyUsage{usage},
		IsCA:         true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

// TestTLSOverTCP serves TLS on a real loopback socket with an API key, as
// a deployment would, and calls it as a client would.
func TestTLSOverTCP(t *testing.T) {
	grpctest.NoGoroutineLeak(t)
	certFile, keyFile, pool := writeCert(t)
	const key = "tls-key-77"
	cfg := Config{TLSCertFile: certFile, TLSKeyFile: keyFile, Keys: keyLine("tls", key, "*")}
	cfg.Logger = discardLogger()
	srv, err := New(cfg, enginetest.New(t, analysis.Config{}))
	if err != nil {
		t.Fatalf("New = %v", err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	go srv.Serve(lis)
	defer srv.Shutdown(testContext(t))

	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12})))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	resp, err := pb.NewDocumentAnalysisServiceClient(conn).AnalyzeDocument(withKey(testContext(t), key),
		&pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
	if err != nil || len(resp.GetAnalysis().GetActors()) == 0 {
		t.Fatalf("AnalyzeDocument over TLS = %v, %v; want an analysis", resp, err)
	}

	// A plaintext client cannot talk to a TLS server.
	plain, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	if _, err := pb.NewDocumentAnalysisServiceClient(plain).GetServiceInfo(withKey(testContext(t), key), &pb.GetServiceInfoRequest{}); status.Code(err) != codes.Unavailable {
		t.Errorf("plaintext call to a TLS server = %v; want Unavailable", err)
	}
}

// TestMutualTLS serves TLS requiring client certificates signed by a
// given CA, on a real loopback socket: a client with such a certificate is
// served; one without a certificate, or with one the server does not
// trust, fails the handshake and never reaches a handler.
func TestMutualTLS(t *testing.T) {
	grpctest.NoGoroutineLeak(t)
	certFile, keyFile, serverPool := writeCert(t)
	clientCert, clientKey, _ := writeCertFor(t, "indexer client", x509.ExtKeyUsageClientAuth)
	strangerCert, strangerKey, _ := writeCertFor(t, "stranger", x509.ExtKeyUsageClientAuth)
	cfg := Config{TLSCertFile: certFile, TLSKeyFile: keyFile, TLSClientCAFile: clientCert, Logger: discardLogger()}
	srv, err := New(cfg, enginetest.New(t, analysis.Config{}))
	if err != nil {
		t.Fatalf("New = %v", err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	go srv.Serve(lis)
	defer srv.Shutdown(testContext(t))

	call := func(certFile, keyFile string) error {
		tc := &tls.Config{RootCAs: serverPool, MinVersion: tls.VersionTLS12}
		if certFile != "" {
			cert, err := tls.LoadX509KeyPair(certFile, keyFile)
			if err != nil {
				t.Fatal(err)
			}
			tc.Certificates = []tls.Certificate{cert}
		}
		conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(credentials.NewTLS(tc)))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		_, err = pb.NewDocumentAnalysisServiceClient(conn).AnalyzeDocument(testContext(t),
			&pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
		return err
	}
	if err := call(clientCert, clientKey); err != nil {
		t.Errorf("AnalyzeDocument with a trusted client certificate = %v; want an analysis", err)
	}
	for name, files := range map[string][2]string{
		"no client certificate":           {"", ""},
		"an untrusted client certificate": {strangerCert, strangerKey},
	} {
		if err := call(files[0], files[1]); status.Code(err) != codes.Unavailable {
			t.Errorf("AnalyzeDocument with %s = %v; want Unavailable (handshake refused)", name, err)
		}
	}
}

func TestNewRejectsBadClientCA(t *testing.T) {
	certFile, keyFile, _ := writeCert(t)
	notPEM := filepath.Join(t.TempDir(), "ca.pem")
	os.WriteFile(notPEM, []byte("not a certificate"), 0o600)
	for _, ca := range []string{"/nonexistent/ca.pem", notPEM} {
		_, err := New(Config{TLSCertFile: certFile, TLSKeyFile: keyFile, TLSClientCAFile: ca, Logger: discardLogger()}, nil)
		if err == nil || !strings.Contains(err.Error(), "client CA") {
			t.Errorf("New with client CA %s = %v; want an error naming the client CA file", ca, err)
		}
	}
	if err := (&Config{TLSClientCAFile: "ca.pem"}).Validate(); err == nil || !strings.Contains(err.Error(), "--tls-cert") {
		t.Errorf("Validate with a client CA and no certificate = %v; want an error naming --tls-cert", err)
	}
}

func TestNewRejectsBadTLSFiles(t *testing.T) {
	_, err := New(Config{TLSCertFile: "/nonexistent/cert.pem", TLSKeyFile: "/nonexistent/key.pem", Logger: discardLogger()}, nil)
	if err == nil || !strings.Contains(err.Error(), "TLS") {
		t.Errorf("New with missing certificate files = %v; want an error naming TLS", err)
	}
}

// TestReceiveLimit: text somewhat over the limit reaches validation, which
// names the limit; a message far beyond it is cut off by the transport
// before it is read into memory.
func TestReceiveLimit(t *testing.T) {
	ts := newTestServer(t, Config{MaxTextBytes: 4096}, nil)
	_, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: strings.Repeat("a ", 3000)}})
	wantViolation(t, err, "document.text", "limit is 4096 bytes")
	_, err = ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: strings.Repeat("a ", 100_000)}})
	if status.Code(err) != codes.ResourceExhausted {
		t.Errorf("a 200 KB message to a 4 KiB server = %v; want ResourceExhausted from the transport", err)
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// TestGatewayMutualTLS: the HTTP/JSON face serves TLS with the server's
// certificate and requires the same client certificates as gRPC, while
// its in-process hop to the service needs none.
func TestGatewayMutualTLS(t *testing.T) {
	grpctest.NoGoroutineLeak(t)
	certFile, keyFile, serverPool := writeCert(t)
	clientCert, clientKey, _ := writeCertFor(t, "indexer client", x509.ExtKeyUsageClientAuth)
	cfg := Config{TLSCertFile: certFile, TLSKeyFile: keyFile, TLSClientCAFile: clientCert, Logger: discardLogger()}
	srv, err := New(cfg, enginetest.New(t, analysis.Config{}))
	if err != nil {
		t.Fatalf("New = %v", err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	go srv.ServeGateway(lis)
	defer srv.Shutdown(testContext(t))

	get := func(withCert bool) (int, error) {
		tc := &tls.Config{RootCAs: serverPool, MinVersion: tls.VersionTLS12}
		if withCert {
			cert, err := tls.LoadX509KeyPair(clientCert, clientKey)
			if err != nil {
				t.Fatal(err)
			}
			tc.Certificates = []tls.Certificate{cert}
		}
		tr := &http.Transport{TLSClientConfig: tc}
		defer tr.CloseIdleConnections()
		req, err := http.NewRequestWithContext(testContext(t), "POST", "https://"+lis.Addr().String()+"/v1/documents:analyze",
			strings.NewReader(`{"document": {"text": "Norway said no."}}`))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := (&http.Client{Transport: tr}).Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	if code, err := get(true); err != nil || code != http.StatusOK {
		t.Errorf("POST over TLS with a trusted client certificate = %d, %v; want 200", code, err)
	}
	if code, err := get(false); err == nil {
		t.Errorf("POST over TLS without a client certificate = %d; want the handshake refused", code)
	}
}

// TestServerTLS checks the TLS configuration each combination of files
// gives: none for plaintext, the certificate at TLS 1.2 or later, client
// certificates required only with a client CA, and errors naming the
// file that cannot be read.
func TestServerTLS(t *testing.T) {
	certFile, keyFile, _ := writeCert(t)
	notPEM := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(notPEM, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name           string
		cfg            Config
		wantTLS        bool
		wantClientAuth tls.ClientAuthType
		wantErr        string
	}{
		{"plaintext", Config{}, false, tls.NoClientCert, ""},
		{"certificate", Config{TLSCertFile: certFile, TLSKeyFile: keyFile}, true, tls.NoClientCert, ""},
		{"client CA", Config{TLSCertFile: certFile, TLSKeyFile: keyFile, TLSClientCAFile: certFile}, true, tls.RequireAndVerifyClientCert, ""},
		{"missing certificate", Config{TLSCertFile: "/nonexistent/cert.pem", TLSKeyFile: keyFile}, false, 0, "loading TLS certificate"},
		{"missing client CA", Config{TLSCertFile: certFile, TLSKeyFile: keyFile, TLSClientCAFile: "/nonexistent/ca.pem"}, false, 0, "client CA file"},
		{"client CA not PEM", Config{TLSCertFile: certFile, TLSKeyFile: keyFile, TLSClientCAFile: notPEM}, false, 0, "holds no PEM certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tc, err := serverTLS(&tt.cfg)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("serverTLS = %v; want an error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("serverTLS = %v; want no error", err)
			}
			if (tc != nil) != tt.wantTLS {
				t.Fatalf("serverTLS gave TLS %v; want %v", tc != nil, tt.wantTLS)
			}
			if tc == nil {
				return
			}
			if len(tc.Certificates) != 1 || tc.MinVersion != tls.VersionTLS12 || tc.ClientAuth != tt.wantClientAuth {
				t.Errorf("serverTLS = %d certificates, min version %#x, client auth %v; want 1, TLS 1.2, %v",
					len(tc.Certificates), tc.MinVersion, tc.ClientAuth, tt.wantClientAuth)
			}
			if (tc.ClientCAs != nil) != (tt.wantClientAuth == tls.RequireAndVerifyClientCert) {
				t.Errorf("serverTLS client CAs set %v; want them exactly when client certificates are required", tc.ClientCAs != nil)
			}
		})
	}
}
