package client

import (
	"context"
	"errors"
	"fmt"

	"google.golang.org/grpc/credentials"
)

// bearerKey sends an API key as a bearer token on every call. It is a
// credentials.PerRPCCredentials rather than an interceptor so that gRPC
// applies its own rule about which connections may carry it.
type bearerKey struct {
	// header is the full metadata value, "Bearer <key>", built once.
	header string
	// requireTLS is false only when the user chose plaintext: gRPC refuses
	// to dial plaintext with credentials that demand transport security,
	// so an explicit WithInsecure is taken as consent to send the key in
	// clear text.
	requireTLS bool
}

var _ credentials.PerRPCCredentials = bearerKey{}

// newBearerKey checks key and returns credentials sending it.
func newBearerKey(key string, requireTLS bool) (bearerKey, error) {
	if err := checkKey(key); err != nil {
		return bearerKey{}, err
	}
	return bearerKey{header: "Bearer " + key, requireTLS: requireTLS}, nil
}

// checkKey refuses keys that cannot be sent as a header value, at Dial time
// rather than as an opaque failure of every call. The message never
// includes the key.
func checkKey(key string) error {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c <= ' ' || c > '~' {
			return errors.New("client: API key holds a space, control or non-ASCII character; keys are printable ASCII")
		}
	}
	return nil
}

// GetRequestMetadata returns the authorization header. When TLS is
// required it also checks the connection's security level itself, as the
// credentials in grpc/credentials/oauth do, so that the key is never sent
// on a connection a custom dialer downgraded.
func (b bearerKey) GetRequestMetadata(ctx context.Context, _ ...string) (map[string]string, error) {
	if b.requireTLS {
		ri, _ := credentials.RequestInfoFromContext(ctx)
		if err := credentials.CheckSecurityLevel(ri.AuthInfo, credentials.PrivacyAndIntegrity); err != nil {
			return nil, fmt.Errorf("client: refusing to send the API key on this connection: %w", err)
		}
	}
	return map[string]string{"authorization": b.header}, nil
}

// RequireTransportSecurity reports whether the key may only travel over a
// secure connection: always, unless plaintext was chosen with WithInsecure.
func (b bearerKey) RequireTransportSecurity() bool { return b.requireTLS }
