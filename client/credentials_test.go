package client

import (
	"context"
	"crypto/tls"
	"testing"

	"google.golang.org/grpc/credentials"
)

func TestBearerKeyRequiresTLSUnlessInsecure(t *testing.T) {
	for _, insecure := range []bool{false, true} {
		opts := []Option{WithAPIKey("k")}
		if insecure {
			opts = append(opts, WithInsecure())
		}
		o := evaluateOptions(opts)
		creds, err := newBearerKey(o.apiKey, !o.insecure)
		if err != nil {
			t.Fatalf("newBearerKey = _, %v; want _, nil", err)
		}
		if got, want := creds.RequireTransportSecurity(), !insecure; got != want {
			t.Errorf("insecure=%v: RequireTransportSecurity() = %v; want %v", insecure, got, want)
		}
	}
}

func TestBearerKeyRefusesInsecureConnection(t *testing.T) {
	insecureInfo := credentials.RequestInfo{AuthInfo: insecureAuthInfo{}}
	tlsInfo := credentials.RequestInfo{AuthInfo: credentials.TLSInfo{
		State:          tls.ConnectionState{},
		CommonAuthInfo: credentials.CommonAuthInfo{SecurityLevel: credentials.PrivacyAndIntegrity},
	}}
	tests := []struct {
		name       string
		requireTLS bool
		info       credentials.RequestInfo
		wantErr    bool
	}{
		{"TLS required, TLS connection", true, tlsInfo, false},
		{"TLS required, plaintext connection", true, insecureInfo, true},
		{"plaintext chosen, plaintext connection", false, insecureInfo, false},
	}
	for _, tt := range tests {
		creds, err := newBearerKey("k", tt.requireTLS)
		if err != nil {
			t.Fatal(err)
		}
		ctx := credentials.NewContextWithRequestInfo(context.Background(), tt.info)
		md, err := creds.GetRequestMetadata(ctx)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: GetRequestMetadata = _, %v; want error %v", tt.name, err, tt.wantErr)
		}
		if err == nil && md["authorization"] != "Bearer k" {
			t.Errorf("%s: GetRequestMetadata = %v; want authorization \"Bearer k\"", tt.name, md)
		}
	}
}

// insecureAuthInfo is the AuthInfo of a plaintext connection.
type insecureAuthInfo struct{}

func (insecureAuthInfo) AuthType() string { return "insecure" }
func (insecureAuthInfo) GetCommonAuthInfo() credentials.CommonAuthInfo {
	return credentials.CommonAuthInfo{SecurityLevel: credentials.NoSecurity}
}
