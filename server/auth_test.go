package server

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/auth"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/selector"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// TestAuthBypassAttempts runs authorization values a client might try
// through the auth interceptor as the chain installs it (behind the
// selector) and checks the code, that the handler runs only when it
// should, with the key id in the context, and that no error quotes the
// value sent.
func TestAuthBypassAttempts(t *testing.T) {
	keys := testKeys(t)
	interceptor := selector.UnaryServerInterceptor(unaryAuth(keys), needsAuth)
	const unknownKey = "unknown-key-0123456789abcdef"
	tests := []struct {
		name   string
		method string
		md     metadata.MD // nil: no metadata at all
		want   codes.Code
		wantID string // key id the handler sees, when it runs
	}{
		{name: "no metadata", method: methodAnalyze, want: codes.Unauthenticated},
		{name: "metadata without authorization", method: methodAnalyze, md: metadata.Pairs("x-api-key", testKeyAlice), want: codes.Unauthenticated},
		{name: "empty value", method: methodAnalyze, md: metadata.Pairs("authorization", ""), want: codes.Unauthenticated},
		{name: "spaces only", method: methodAnalyze, md: metadata.Pairs("authorization", "   "), want: codes.Unauthenticated},
		{name: "key without scheme", method: methodAnalyze, md: metadata.Pairs("authorization", testKeyAlice), want: codes.Unauthenticated},
		{name: "Basic x", method: methodAnalyze, md: metadata.Pairs("authorization", "Basic x"), want: codes.Unauthenticated},
		{name: "Basic with the key", method: methodAnalyze, md: metadata.Pairs("authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("alice:"+testKeyAlice))), want: codes.Unauthenticated},
		{name: "Token scheme", method: methodAnalyze, md: metadata.Pairs("authorization", "Token "+testKeyAlice), want: codes.Unauthenticated},
		{name: "scheme glued to key", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer"+testKeyAlice), want: codes.Unauthenticated},
		{name: "Bearer with no key", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer"), want: codes.Unauthenticated},
		{name: "Bearer and a space", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer "), want: codes.Unauthenticated},
		{name: "Bearer and spaces", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer    "), want: codes.Unauthenticated},
		{name: "tab separator", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer\t"+testKeyAlice), want: codes.Unauthenticated},
		{name: "space inside key", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer "+testKeyAlice+" "+testKeyAlice), want: codes.Unauthenticated},
		{name: "very long key", method: methodAnalyze, md: bearer(strings.Repeat("A", 1<<20)), want: codes.Unauthenticated},
		{name: "key one over the limit", method: methodAnalyze, md: bearer(strings.Repeat("A", maxKeyLen+1)), want: codes.Unauthenticated},
		{name: "non-ASCII key", method: methodAnalyze, md: bearer("ключ-0123456789abcdef"), want: codes.Unauthenticated},
		{name: "valid key plus non-ASCII", method: methodAnalyze, md: bearer(testKeyAlice + "é"), want: codes.Unauthenticated},
		{name: "valid key plus NUL", method: methodAnalyze, md: bearer(testKeyAlice + "\x00"), want: codes.Unauthenticated},
		{name: "valid key plus newline", method: methodAnalyze, md: bearer(testKeyAlice + "\n"), want: codes.Unauthenticated},
		{name: "non-ASCII look-alike scheme", method: methodAnalyze, md: metadata.Pairs("authorization", "B\u0435arer "+testKeyAlice), want: codes.Unauthenticated},
		{name: "no-break space separator", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer\u00a0"+testKeyAlice), want: codes.Unauthenticated},
		{name: "zero-width space in key", method: methodAnalyze, md: bearer(testKeyAlice[:4] + "\u200b" + testKeyAlice[4:]), want: codes.Unauthenticated},
		{name: "colon after scheme", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer: "+testKeyAlice), want: codes.Unauthenticated},
		{name: "quoted key", method: methodAnalyze, md: bearer(`"` + testKeyAlice + `"`), want: codes.Unauthenticated},
		{name: "key then CRLF and a header", method: methodAnalyze, md: bearer(testKeyAlice + "\r\nx-admin: 1"), want: codes.Unauthenticated},
		{name: "unknown key", method: methodAnalyze, md: bearer(unknownKey), want: codes.Unauthenticated},
		{name: "prefix of a key", method: methodAnalyze, md: bearer(testKeyAlice[:len(testKeyAlice)-1]), want: codes.Unauthenticated},
		{name: "key with extra suffix", method: methodAnalyze, md: bearer(testKeyAlice + "x"), want: codes.Unauthenticated},
		{name: "upper-cased key", method: methodAnalyze, md: bearer(strings.ToUpper(testKeyAlice)), want: codes.Unauthenticated},
		{name: "stored hash as key", method: methodAnalyze, md: bearer(testHashAlice), want: codes.Unauthenticated},
		{name: "two values, valid first", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer "+testKeyAlice, "authorization", "Bearer "+unknownKey), want: codes.Unauthenticated},
		{name: "two valid values", method: methodAnalyze, md: metadata.Pairs("authorization", "Bearer "+testKeyAlice, "authorization", "Bearer "+testKeyAlice), want: codes.Unauthenticated},
		{name: "key of another method", method: methodAnalyze, md: bearer(testKeyReader), want: codes.PermissionDenied},
		{name: "stream key on unary", method: methodAnalyze, md: bearer(testKeyBatch), want: codes.PermissionDenied},
		{name: "unknown method of our service", method: "/docanalysis.v1.DocumentAnalysisService/Admin", md: bearer(testKeyReader), want: codes.PermissionDenied},
		{name: "look-alike of health", method: "/grpc.health.v1.HealthX/Check", want: codes.Unauthenticated},
		{name: "health as a method name", method: "/docanalysis.v1.DocumentAnalysisService/grpc.health.v1.Health", want: codes.Unauthenticated},

		{name: "Bearer key", method: methodAnalyze, md: bearer(testKeyAlice), want: codes.OK, wantID: "alice"},
		{name: "lower-case scheme, two spaces", method: methodAnalyze, md: metadata.Pairs("authorization", "bearer  "+testKeyAlice), want: codes.OK, wantID: "alice"},
		{name: "upper-case scheme", method: methodAnalyze, md: metadata.Pairs("authorization", "BEARER "+testKeyAlice), want: codes.OK, wantID: "alice"},
		{name: "surrounding whitespace", method: methodAnalyze, md: metadata.Pairs("authorization", " \tBearer "+testKeyAlice+" \t"), want: codes.OK, wantID: "alice"},
		{name: "key of this method", method: methodInfo, md: bearer(testKeyReader), want: codes.OK, wantID: "reader"},
		{name: "health without key", method: "/grpc.health.v1.Health/Check", want: codes.OK},
		{name: "health with bad key", method: "/grpc.health.v1.Health/Check", md: bearer(unknownKey), want: codes.OK},
		{name: "reflection without key", method: "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", want: codes.OK},
		{name: "v1alpha reflection without key", method: "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", want: codes.OK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := callContext(t, tt.method, tt.md)
			ran := false
			var gotID string
			var gotIDOK bool
			handler := func(ctx context.Context, req any) (any, error) {
				ran = true
				gotID, gotIDOK = keyIDFromContext(ctx)
				return &pb.GetServiceInfoResponse{}, nil
			}
			_, err := interceptor(ctx, &pb.GetServiceInfoRequest{}, unaryInfo(tt.method), handler)
			if got := status.Code(err); got != tt.want {
				t.Fatalf("auth(%s, %v) = %v; want %v", tt.method, tt.md, err, tt.want)
			}
			if ran != (tt.want == codes.OK) {
				t.Errorf("auth(%s, %v): handler ran = %v; want %v", tt.method, tt.md, ran, tt.want == codes.OK)
			}
			if tt.wantID != "" && (!gotIDOK || gotID != tt.wantID) {
				t.Errorf("auth(%s, %v): handler saw key id %q, %v; want %q", tt.method, tt.md, gotID, gotIDOK, tt.wantID)
			}
			msg := status.Convert(err).Message()
			for _, v := range tt.md.Get("authorization") {
				for _, f := range strings.Fields(v) {
					if len(f) > 6 && strings.Contains(msg, f) {
						t.Errorf("auth error %q quotes the authorization value %q", msg, f)
					}
				}
			}
			if tt.want == codes.Unauthenticated && !strings.Contains(msg, `"authorization: Bearer <API key>"`) && !strings.Contains(msg, "unknown API key") {
				t.Errorf("auth error %q does not say what to send", msg)
			}
		})
	}
}

func TestAuthStream(t *testing.T) {
	keys := testKeys(t)
	interceptor := selector.StreamServerInterceptor(streamAuth(keys), needsAuth)
	tests := []struct {
		name   string
		method string
		md     metadata.MD
		want   codes.Code
		wantID string
	}{
		{"no key", methodStream, nil, codes.Unauthenticated, ""},
		{"unknown key", methodStream, bearer("unknown-key-0123456789abcdef"), codes.Unauthenticated, ""},
		{"key of another method", methodStream, bearer(testKeyReader), codes.PermissionDenied, ""},
		{"key of this method", methodStream, bearer(testKeyBatch), codes.OK, "batch"},
		{"health watch without key", "/grpc.health.v1.Health/Watch", nil, codes.OK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := &chainTestStream{ctx: callContext(t, tt.method, tt.md)}
			var gotID string
			handler := func(_ any, ss grpc.ServerStream) error {
				gotID, _ = keyIDFromContext(ss.Context())
				return nil
			}
			err := interceptor(nil, ss, streamInfo(tt.method), handler)
			if got := status.Code(err); got != tt.want {
				t.Fatalf("stream auth(%s, %v) = %v; want %v", tt.method, tt.md, err, tt.want)
			}
			if gotID != tt.wantID {
				t.Errorf("stream auth(%s, %v): handler saw key id %q; want %q", tt.method, tt.md, gotID, tt.wantID)
			}
		})
	}
}

// TestAuthRecordsKeyIDForLogging checks that auth fills in the callInfo
// the logging interceptor placed in the context, also when the method is
// refused, and leaves it alone for unknown keys.
func TestAuthRecordsKeyIDForLogging(t *testing.T) {
	keys := testKeys(t)
	tests := []struct {
		key, method string
		want        string
	}{
		{testKeyAlice, methodAnalyze, "alice"},
		{testKeyReader, methodAnalyze, "reader"}, // PermissionDenied, but known
		{"unknown-key-0123456789abcdef", methodAnalyze, ""},
	}
	for _, tt := range tests {
		ci := new(callInfo)
		ctx := context.WithValue(callContext(t, tt.method, bearer(tt.key)), callInfoKey{}, ci)
		unaryAuth(keys)(ctx, nil, unaryInfo(tt.method), okHandler)
		got := ""
		if p := ci.keyID.Load(); p != nil {
			got = *p
		}
		if got != tt.want {
			t.Errorf("after auth(%s) callInfo key id = %q; want %q", tt.method, got, tt.want)
		}
	}
}

// TestAuthKeyReload checks that a Store on the Keys takes effect for the
// next call.
func TestAuthKeyReload(t *testing.T) {
	keys := testKeys(t)
	interceptor := unaryAuth(keys)
	call := func() codes.Code {
		_, err := interceptor(callContext(t, methodInfo, bearer(testKeyAlice)), nil, unaryInfo(methodInfo), okHandler)
		return status.Code(err)
	}
	if got := call(); got != codes.OK {
		t.Fatalf("before reload: %v; want OK", got)
	}
	set, err := ParseKeys(strings.NewReader("reader " + testHashReader + " *"))
	if err != nil {
		t.Fatal(err)
	}
	keys.Store(set)
	if got := call(); got != codes.Unauthenticated {
		t.Errorf("after reload without alice: %v; want Unauthenticated", got)
	}
}

// TestServiceDoesNotOverrideAuth guards against the middleware's escape
// hatch: a service implementing auth.ServiceAuthFuncOverride replaces our
// key check with its own.
func TestServiceDoesNotOverrideAuth(t *testing.T) {
	for _, srv := range []any{&service{}, service{}} {
		if _, ok := srv.(auth.ServiceAuthFuncOverride); ok {
			t.Errorf("%T implements auth.ServiceAuthFuncOverride, which would bypass the API key check", srv)
		}
	}
}

// TestAuthExemptNames pins the exempt services to the generated
// descriptors' names.
func TestAuthExemptNames(t *testing.T) {
	for _, name := range []string{"grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"} {
		if !authExempt[name] {
			t.Errorf("authExempt[%q] = false; want true", name)
		}
	}
	if authExempt[pb.DocumentAnalysisService_ServiceDesc.ServiceName] || len(authExempt) != 3 {
		t.Errorf("authExempt = %v; want exactly health and reflection", authExempt)
	}
	if healthpb.Health_ServiceDesc.ServiceName != "grpc.health.v1.Health" {
		t.Errorf("health service is named %q", healthpb.Health_ServiceDesc.ServiceName)
	}
}
