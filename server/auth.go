package server

import (
	"context"
	"strings"

	mwinterceptors "github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors" // renamed: chain.go declares func interceptors
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/auth"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/selector"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	reflectionv1 "google.golang.org/grpc/reflection/grpc_reflection_v1"
	reflectionv1alpha "google.golang.org/grpc/reflection/grpc_reflection_v1alpha"
	"google.golang.org/grpc/status"
)

// Clients authenticate with gRPC metadata "authorization: Bearer <key>".
// The failures below are fixed statuses: they tell the client what to send
// and never quote what it sent, which may be a key.
var (
	errNoKey = status.Error(codes.Unauthenticated,
		`docanalysis: missing API key; send the header (gRPC metadata) "authorization: Bearer <API key>"`)
	errManyKeys = status.Error(codes.Unauthenticated,
		`docanalysis: more than one authorization value; send exactly one "authorization: Bearer <API key>"`)
	errNotBearer = status.Error(codes.Unauthenticated,
		`docanalysis: unsupported authorization scheme; send "authorization: Bearer <API key>"`)
	errMalformedKey = status.Error(codes.Unauthenticated,
		`docanalysis: malformed API key; send "authorization: Bearer <API key>" with the key as issued (1 to 1024 visible ASCII characters)`)
	errUnknownKey = status.Error(codes.Unauthenticated,
		"docanalysis: unknown API key; check that the key is the one you were issued and has not been revoked")
)

// authExempt are the services anyone may call: load balancers probe health
// and tools read reflection without keys. Matching is by exact service
// name, taken from the generated descriptors so that a typo cannot open a
// hole.
var authExempt = map[string]bool{
	healthpb.Health_ServiceDesc.ServiceName:                    true,
	reflectionv1.ServerReflection_ServiceDesc.ServiceName:      true,
	reflectionv1alpha.ServerReflection_ServiceDesc.ServiceName: true,
}

// needsAuth selects the calls that auth and rate limiting apply to.
var needsAuth = selector.MatchFunc(func(_ context.Context, c mwinterceptors.CallMeta) bool {
	return !authExempt[c.Service]
})

type keyIDKey struct{}

// keyIDFromContext returns the id of the API key that authenticated the
// call, if auth ran and succeeded.
func keyIDFromContext(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(keyIDKey{}).(string)
	return id, ok
}

// authFunc checks the call's bearer key against keys and the method the
// call is for. grpc.Method gives the method because the middleware's
// AuthFunc sees only the context.
//
// Note that the middleware lets a service replace this check by
// implementing auth.ServiceAuthFuncOverride; our service must not.
func authFunc(keys *Keys) auth.AuthFunc {
	return func(ctx context.Context) (context.Context, error) {
		key, err := bearerKey(ctx)
		if err != nil {
			return nil, err
		}
		e, ok := keys.Load().lookup(key)
		if !ok {
			return nil, errUnknownKey
		}
		// The key is known from here on, so the log names it even when the
		// method is refused.
		if ci := callInfoFrom(ctx); ci != nil {
			ci.setKeyID(e.id)
		}
		method, _ := grpc.Method(ctx)
		if !e.allows(method) {
			return nil, status.Errorf(codes.PermissionDenied,
				"docanalysis: API key %q may not call %s; ask the operator to add the method to the key", e.id, method)
		}
		return context.WithValue(ctx, keyIDKey{}, e.id), nil
	}
}

// bearerKey extracts the key from the call's one "authorization" value,
// "Bearer <key>". The scheme is case-insensitive and may be followed by
// several spaces (RFC 6750 allows 1*SP); surrounding spaces and tabs are
// ignored, as HTTP ignores them around header values. The middleware's
// auth.AuthFromMD is not used because it looks only at the first value,
// keeps extra spaces in the key, and its messages do not say what to send.
func bearerKey(ctx context.Context) (string, error) {
	vals := metadata.ValueFromIncomingContext(ctx, "authorization")
	switch len(vals) {
	case 0:
		return "", errNoKey
	case 1:
	default:
		return "", errManyKeys
	}
	v := strings.Trim(vals[0], " \t")
	if v == "" {
		return "", errNoKey
	}
	scheme, key, found := strings.Cut(v, " ")
	if !strings.EqualFold(scheme, "Bearer") {
		return "", errNotBearer
	}
	key = strings.TrimLeft(key, " ")
	if !found || !presentable(key) {
		return "", errMalformedKey
	}
	return key, nil
}

// unaryAuth refuses unary calls without a valid key for their method.
func unaryAuth(keys *Keys) grpc.UnaryServerInterceptor {
	return auth.UnaryServerInterceptor(authFunc(keys))
}

// streamAuth refuses streams without a valid key for their method.
func streamAuth(keys *Keys) grpc.StreamServerInterceptor {
	return auth.StreamServerInterceptor(authFunc(keys))
}
