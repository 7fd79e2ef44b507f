package server

import (
	"bufio"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync/atomic"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// The key file holds one API key per line:
//
//	# comment, to the end of the line
//	<key-id> <sha256-hex-of-key> <methods>
//	alice  bbc3620fedb4a99b053e915bf94b5bcc7686415f669a8b43dd6224c12c6931f5  *
//	batch  798c1a4792907e21d7a22d37693d44f14db7e9b0c6bbb82b751d4702c3ac69c2  AnalyzeDocuments,GetServiceInfo
//
// The key id names the key in logs and rate limits; it is not secret. The
// file stores only the SHA-256 of each key (HashKey prints it), so reading
// the file does not give the keys away. Methods is "*" for every method, or
// a comma list of short names (AnalyzeDocument) or full gRPC method names
// (/docanalysis.v1.DocumentAnalysisService/AnalyzeDocument). Inline entries
// (Config.Keys, DOCANALYSIS_KEYS) have the same form, separated by ';' or
// newlines; a ';' always separates, even inside a comment.

// Limits on key ids and keys. Ids are short labels for logs. Keys are random
// strings the operator generates, so their bound is generous; it exists so
// that a hostile header cannot make us hash megabytes.
const (
	maxKeyIDLen = 64
	maxKeyLen   = 1024
)

// KeySet is an immutable set of API keys, parsed from a key file by LoadKeys
// or ParseKeys. Its methods are safe for concurrent use.
type KeySet struct {
	entries []keyEntry
}

// keyEntry is one parsed line of a key file.
type keyEntry struct {
	id      string
	hash    [sha256.Size]byte
	all     bool            // "*": every method
	methods map[string]bool // full method names, "/pkg.Service/Method"
	pos     string          // where it was defined, for duplicate errors
}

// allows reports whether the key may call fullMethod.
func (e *keyEntry) allows(fullMethod string) bool {
	return e.all || e.methods[fullMethod]
}

// Len is the number of keys in s, for the server's startup log.
func (s *KeySet) Len() int {
	if s == nil {
		return 0
	}
	return len(s.entries)
}

// lookup finds the entry whose hash matches key. It hashes key and compares
// the hash with every stored hash in constant time, without stopping at a
// match, so that timing reveals neither which stored key matched nor how
// close a wrong key came to one.
func (s *KeySet) lookup(key string) (*keyEntry, bool) {
	if s == nil {
		return nil, false
	}
	sum := sha256.Sum256([]byte(key))
	found := -1
	for i := range s.entries {
		eq := subtle.ConstantTimeCompare(sum[:], s.entries[i].hash[:])
		found = subtle.ConstantTimeSelect(eq, i, found)
	}
	if found < 0 {
		return nil, false
	}
	return &s.entries[found], true
}

// Keys holds the KeySet the auth interceptor checks against. Store swaps in
// a new set atomically, so that keys can be reloaded (on SIGHUP) while calls
// are running: each call sees either the old set or the new one, never a mix.
type Keys struct {
	set atomic.Pointer[KeySet]
}

// NewKeys returns a Keys holding set.
func NewKeys(set *KeySet) *Keys {
	k := new(Keys)
	k.set.Store(set)
	return k
}

// Load returns the current KeySet. A nil Keys, or one holding a nil set,
// returns nil, which authenticates nobody.
func (k *Keys) Load() *KeySet {
	if k == nil {
		return nil
	}
	return k.set.Load()
}

// Store replaces the current KeySet with set for calls that start from now
// on; calls already authenticated are not affected.
func (k *Keys) Store(set *KeySet) {
	k.set.Store(set)
}

// LoadKeys reads and parses the key file at path (format above). Errors
// name the file and line.
func LoadKeys(path string) (*KeySet, error) {
	var p keyParser
	if err := p.parseFile(path); err != nil {
		return nil, err
	}
	return p.set()
}

// ParseKeys parses key file text read from r. Errors name the line.
func ParseKeys(r io.Reader) (*KeySet, error) {
	var p keyParser
	if err := p.parse(r, func(n int) string { return fmt.Sprintf("key file line %d", n) }); err != nil {
		return nil, err
	}
	return p.set()
}

// loadConfiguredKeys builds the keys that cfg configures: the entries of
// cfg.KeysFile followed by the inline entries of cfg.Keys, separated by ';'
// or newlines. It returns nil when neither is set, which turns
// authentication off. A key id or key hash defined twice, in the same or
// different sources, is an error, as is a configuration with no keys at
// all (it could only refuse every call).
func loadConfiguredKeys(cfg *Config) (*Keys, error) {
	set, err := configuredKeySet(cfg)
	if err != nil || set == nil {
		return nil, err
	}
	return NewKeys(set), nil
}

// configuredKeySet is loadConfiguredKeys without the holder; a reload calls
// it and stores the result only when it succeeds.
func configuredKeySet(cfg *Config) (*KeySet, error) {
	if cfg.KeysFile == "" && cfg.Keys == "" {
		return nil, nil
	}
	var p keyParser
	if cfg.KeysFile != "" {
		if err := p.parseFile(cfg.KeysFile); err != nil {
			return nil, err
		}
	}
	if cfg.Keys != "" {
		inline := strings.ReplaceAll(cfg.Keys, ";", "\n")
		where := func(n int) string { return fmt.Sprintf("inline keys (DOCANALYSIS_KEYS) entry %d", n) }
		if err := p.parse(strings.NewReader(inline), where); err != nil {
			return nil, err
		}
	}
	return p.set()
}

// HashKey returns the SHA-256 of key in hex, the form the key file stores,
// so that cmd/docanalysisd can print the line for a new key (--hash-key).
// Use long random keys (e.g. `openssl rand -base64 32`): the hash is
// unsalted, so a short or guessable key could be recovered from the file.
// Clients can present only keys of 1 to 1024 visible ASCII characters.
func HashKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// presentable reports whether a client can send key as a bearer token:
// 1 to maxKeyLen visible ASCII characters. gRPC metadata values are
// printable ASCII, and a space would end the token.
func presentable(key string) bool {
	if len(key) == 0 || len(key) > maxKeyLen {
		return false
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; c <= ' ' || c > '~' {
			return false
		}
	}
	return true
}

// shortMethods maps each method's short name to its full name. It is built
// from the generated service descriptor, so that a new RPC is known to the
// key file as soon as it is generated.
var shortMethods = func() map[string]string {
	m := make(map[string]string)
	desc := &pb.DocumentAnalysisService_ServiceDesc
	for _, md := range desc.Methods {
		m[md.MethodName] = "/" + desc.ServiceName + "/" + md.MethodName
	}
	for _, sd := range desc.Streams {
		m[sd.StreamName] = "/" + desc.ServiceName + "/" + sd.StreamName
	}
	return m
}()

// knownMethods lists the methods a key file may name, for error messages.
func knownMethods() string {
	names := make([]string, 0, len(shortMethods))
	for short := range shortMethods {
		names = append(names, short)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// keyParser accumulates entries from one or more sources and checks that
// ids and hashes are unique across all of them.
type keyParser struct {
	entries []keyEntry
	ids     map[string]string // key id -> pos
	hashes  map[[sha256.Size]byte]string
}

// parseFile parses the key file at path; errors name lines as compilers
// do, "path:line".
func (p *keyParser) parseFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("server: reading key file: %w", err)
	}
	defer f.Close()
	return p.parse(f, func(n int) string { return fmt.Sprintf("%s:%d", path, n) })
}

// parse reads one entry per line from r. where names line n in errors.
func (p *keyParser) parse(r io.Reader, where func(n int) string) error {
	if p.ids == nil {
		p.ids = make(map[string]string)
		p.hashes = make(map[[sha256.Size]byte]string)
	}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		pos := where(n)
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		e, err := parseKeyLine(line)
		if err != nil {
			return fmt.Errorf("server: %s: %w", pos, err)
		}
		e.pos = pos
		if prev, dup := p.ids[e.id]; dup {
			return fmt.Errorf("server: %s: key id %q is already defined at %s", pos, e.id, prev)
		}
		if prev, dup := p.hashes[e.hash]; dup {
			// Two ids for one key would make logs and rate limits ambiguous.
			return fmt.Errorf("server: %s: key %q has the same hash as the key defined at %s", pos, e.id, prev)
		}
		p.ids[e.id] = pos
		p.hashes[e.hash] = pos
		p.entries = append(p.entries, e)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("server: %s: line too long", where(n+1))
		}
		return fmt.Errorf("server: reading keys: %w", err)
	}
	return nil
}

// set returns the parsed keys, or an error if there are none: a server
// configured for keys but holding none would refuse every call, which is
// never what the operator meant.
func (p *keyParser) set() (*KeySet, error) {
	if len(p.entries) == 0 {
		return nil, errors.New("server: the key configuration holds no keys; add a line `<key-id> <sha256-hex-of-key> <methods>` or turn authentication off")
	}
	return &KeySet{entries: p.entries}, nil
}

// parseKeyLine parses one entry with its comment already removed.
func parseKeyLine(line string) (keyEntry, error) {
	const want = "want `<key-id> <sha256-hex-of-key> <methods>`"
	var e keyEntry
	fields := strings.Fields(line)
	if len(fields) < 3 {
		return e, fmt.Errorf("%d fields; %s", len(fields), want)
	}
	e.id = fields[0]
	if err := checkKeyID(e.id); err != nil {
		return e, err
	}
	h := fields[1]
	if len(h) != 2*sha256.Size {
		return e, fmt.Errorf("key %q: the hash has %d characters; want the %d hex digits of the key's SHA-256 (docanalysisd --hash-key prints them)", e.id, len(h), 2*sha256.Size)
	}
	if _, err := hex.Decode(e.hash[:], []byte(h)); err != nil {
		return e, fmt.Errorf("key %q: the hash is not hexadecimal; want the key's SHA-256 (docanalysisd --hash-key prints it)", e.id)
	}
	// Methods are everything after the hash, so "A, B" reads like "A,B".
	methods := strings.Join(fields[2:], " ")
	e.methods = make(map[string]bool)
	for item := range strings.SplitSeq(methods, ",") {
		item = strings.TrimSpace(item)
		switch {
		case item == "":
			return e, fmt.Errorf("key %q: empty method in %q; separate methods with single commas", e.id, methods)
		case strings.ContainsAny(item, " \t"):
			return e, fmt.Errorf("key %q: methods %q: separate methods with commas", e.id, methods)
		case item == "*":
			e.all = true
			continue
		}
		full, ok := shortMethods[item]
		if !ok {
			full = "/" + strings.TrimPrefix(item, "/")
			if !isKnownFullMethod(full) {
				return e, fmt.Errorf("key %q: unknown method %q; want *, one of %s, or a full name such as %s", e.id, item, knownMethods(), pb.DocumentAnalysisService_AnalyzeDocument_FullMethodName)
			}
		}
		e.methods[full] = true
	}
	return e, nil
}

func isKnownFullMethod(full string) bool {
	for _, f := range shortMethods {
		if f == full {
			return true
		}
	}
	return false
}

// checkKeyID accepts ids that are safe to print in a log line or an error
// message as they are.
func checkKeyID(id string) error {
	if len(id) > maxKeyIDLen {
		return fmt.Errorf("key id is %d characters long; the limit is %d", len(id), maxKeyIDLen)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '@') {
			// The id is not quoted back: a malformed line may hold a key
			// where the id belongs, and errors end up in logs.
			return fmt.Errorf("the key id has a character other than letters, digits and - _ . @ at byte %d", i)
		}
	}
	return nil
}
