package main

import (
	"cmp"
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Defaults of the connection flags, and the environment variables that
// override them.
const (
	defaultAddr    = "127.0.0.1:50051"
	defaultTimeout = time.Minute
	envAddr        = "DOCANALYSIS_ADDR"
	envAPIKey      = "DOCANALYSIS_API_KEY"
)

// connFlags are the flags every command takes to reach the server.
type connFlags struct {
	addr    string
	key     string
	tls     bool
	ca      string
	timeout time.Duration
	json    bool
}

// register defines the flags on fs. The defaults shown by flag are the
// built-in ones: the key's comes from the environment after parsing, so
// that no usage or error text can ever print it.
func (c *connFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.addr, "addr", "", "server `HOST:PORT`")
	fs.StringVar(&c.key, "key", "", "API `KEY`")
	fs.BoolVar(&c.tls, "tls", false, "use TLS with the system roots")
	fs.StringVar(&c.ca, "ca", "", "use TLS with the PEM CA certificates in `FILE`")
	fs.DurationVar(&c.timeout, "timeout", defaultTimeout, "give up after `D`; 0 never")
	fs.BoolVar(&c.json, "json", false, "print protojson")
}

// applyEnv fills the address and key from the environment when their
// flags were not given.
func (c *connFlags) applyEnv() {
	if c.addr == "" {
		c.addr = cmp.Or(os.Getenv(envAddr), defaultAddr)
	}
	if c.key == "" {
		c.key = os.Getenv(envAPIKey)
	}
}

// dial connects as the flags say, warning on stderr before an API key is
// sent in clear text off this machine.
func (c *connFlags) dial(stderr io.Writer) (*client.Client, error) {
	if c.timeout < 0 {
		return nil, usagef("--timeout must not be negative")
	}
	opts := []client.Option{client.WithAPIKey(c.key)}
	switch {
	case c.ca != "":
		pem, err := os.ReadFile(c.ca)
		if err != nil {
			return nil, fmt.Errorf("reading --ca: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("reading --ca: no PEM certificates in %s", c.ca)
		}
		opts = append(opts, client.WithTLS(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}))
	case c.tls:
		opts = append(opts, client.WithTLS(nil))
	default:
		if c.key != "" && !isLocal(c.addr) {
			fmt.Fprintf(stderr, "docanalysis: warning: sending the API key in clear text to %s; use --tls or --ca\n", c.addr)
		}
		opts = append(opts, client.WithInsecure())
	}
	return client.Dial(c.addr, opts...)
}

// isLocal reports whether a gRPC target stays on this machine: a Unix
// socket, localhost or a loopback address.
func isLocal(target string) bool {
	if strings.HasPrefix(target, "unix:") || strings.HasPrefix(target, "unix-abstract:") {
		return true
	}
	if _, rest, ok := strings.Cut(target, ":///"); ok {
		target = rest
	}
	host, _, err := net.SplitHostPort(target)
	if err != nil {
		host = target
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// featureNames maps the --features names to the API's features, in the
// order reports show them.
var featureNames = []struct {
	name    string
	feature docanalysisv1.Feature
}{
	{"summary", docanalysisv1.Feature_FEATURE_SUMMARY},
	{"actors", docanalysisv1.Feature_FEATURE_ACTORS},
	{"disputes", docanalysisv1.Feature_FEATURE_DISPUTED_POINTS},
	{"agreements", docanalysisv1.Feature_FEATURE_AGREEMENTS},
	{"sentences", docanalysisv1.Feature_FEATURE_SENTENCES},
}

// parseFeatures parses a comma-separated --features list. Empty returns
// nil: the server's default set.
func parseFeatures(list string) ([]docanalysisv1.Feature, error) {
	var fs []docanalysisv1.Feature
	for name := range strings.SplitSeq(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if name == "all" {
			for _, f := range featureNames {
				fs = append(fs, f.feature)
			}
			continue
		}
		found := false
		for _, f := range featureNames {
			if f.name == name {
				fs = append(fs, f.feature)
				found = true
			}
		}
		if !found {
			return nil, usagef("--features: unknown feature %q; want summary, actors, disputes, agreements, sentences or all", name)
		}
	}
	return fs, nil
}

// featureName returns the --features name of f, or the enum's own name
// for one this command does not know.
func featureName(f docanalysisv1.Feature) string {
	for _, n := range featureNames {
		if n.feature == f {
			return n.name
		}
	}
	return f.String()
}

// parseEncoding parses --encoding.
func parseEncoding(s string) (docanalysisv1.EncodingType, error) {
	switch strings.ToLower(s) {
	case "utf8", "utf-8":
		return docanalysisv1.EncodingType_ENCODING_TYPE_UTF8, nil
	case "utf16", "utf-16":
		return docanalysisv1.EncodingType_ENCODING_TYPE_UTF16, nil
	case "utf32", "utf-32":
		return docanalysisv1.EncodingType_ENCODING_TYPE_UTF32, nil
	}
	return 0, usagef("--encoding: unknown encoding %q; want utf8, utf16 or utf32", s)
}

// encodingName returns the --encoding name of e.
func encodingName(e docanalysisv1.EncodingType) string {
	switch e {
	case docanalysisv1.EncodingType_ENCODING_TYPE_UTF8:
		return "utf8"
	case docanalysisv1.EncodingType_ENCODING_TYPE_UTF16:
		return "utf16"
	case docanalysisv1.EncodingType_ENCODING_TYPE_UTF32:
		return "utf32"
	}
	return e.String()
}
