package server

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Test keys. testdata/keys.txt holds their hashes.
const (
	testKeyAlice  = "alice-secret-key-0123456789abcdef"  // alice: every method
	testKeyReader = "reader-secret-key-0123456789abcdef" // reader: GetServiceInfo
	testKeyBatch  = "batch-secret-key-0123456789abcdef"  // batch: AnalyzeDocuments, GetServiceInfo
)

const (
	methodAnalyze  = pb.DocumentAnalysisService_AnalyzeDocument_FullMethodName
	methodStream   = pb.DocumentAnalysisService_AnalyzeDocuments_FullMethodName
	methodInfo     = pb.DocumentAnalysisService_GetServiceInfo_FullMethodName
	testKeysFile   = "testdata/keys.txt"
	testHashAlice  = "cafc2b91fe980cb43753204f6f9386bee869762d2c5761e3a9e48aa0366b790f"
	testHashReader = "c0e7c5f17ad49d850e3fb2ef0dd80771b55296633c13b9afd0e437f156d575fb"
)

// testKeys returns the keys of testdata/keys.txt.
func testKeys(t *testing.T) *Keys {
	t.Helper()
	set, err := LoadKeys(testKeysFile)
	if err != nil {
		t.Fatalf("LoadKeys(%q) = _, %v; want nil error", testKeysFile, err)
	}
	return NewKeys(set)
}

func TestLoadKeys(t *testing.T) {
	set, err := LoadKeys(testKeysFile)
	if err != nil {
		t.Fatalf("LoadKeys(%q) = _, %v; want nil error", testKeysFile, err)
	}
	if got, want := set.Len(), 3; got != want {
		t.Fatalf("LoadKeys(%q).Len() = %d; want %d", testKeysFile, got, want)
	}
	tests := []struct {
		key, method string
		wantID      string // "" for an unknown key
		wantAllowed bool
	}{
		{testKeyAlice, methodAnalyze, "alice", true},
		{testKeyAlice, methodStream, "alice", true},
		{testKeyAlice, methodInfo, "alice", true},
		{testKeyAlice, "/some.other.Service/Method", "alice", true}, // "*" is every method
		{testKeyReader, methodInfo, "reader", true},
		{testKeyReader, methodAnalyze, "reader", false},
		{testKeyReader, methodStream, "reader", false},
		{testKeyBatch, methodStream, "batch", true},
		{testKeyBatch, methodInfo, "batch", true}, // full name in the file, upper-case hex
		{testKeyBatch, methodAnalyze, "batch", false},
		{testKeyBatch, "", "batch", false},
		{"not-a-key-0123456789abcdef", methodInfo, "", false},
		{testHashAlice, methodInfo, "", false}, // the stored hash is not the key
		{testKeyAlice[:len(testKeyAlice)-1], methodInfo, "", false},
		{"", methodInfo, "", false},
	}
	for _, tt := range tests {
		e, ok := set.lookup(tt.key)
		if tt.wantID == "" {
			if ok {
				t.Errorf("lookup(%q) = %q, true; want not found", tt.key, e.id)
			}
			continue
		}
		if !ok || e.id != tt.wantID {
			t.Errorf("lookup(%q) found %v; want id %q", tt.key, ok, tt.wantID)
			continue
		}
		if got := e.allows(tt.method); got != tt.wantAllowed {
			t.Errorf("key %q allows(%q) = %v; want %v", e.id, tt.method, got, tt.wantAllowed)
		}
	}
}

func TestLoadKeysMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.txt")
	_, err := LoadKeys(path)
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("LoadKeys(%q) = _, %v; want an os.ErrNotExist naming the file", path, err)
	}
}

func TestParseKeys(t *testing.T) {
	const h = testHashAlice
	tests := []struct {
		name    string
		in      string
		wantErr string // substring; "" for success
		wantLen int
	}{
		{name: "one key", in: "alice " + h + " *\n", wantLen: 1},
		{name: "no final newline", in: "alice " + h + " *", wantLen: 1},
		{name: "comments and blanks", in: "# keys\n\n   \nalice " + h + " * # everything\n# end\n", wantLen: 1},
		{name: "CRLF and tabs", in: "# x\r\nalice\t" + h + "\tAnalyzeDocument\r\n", wantLen: 1},
		{name: "upper-case hash", in: "alice " + strings.ToUpper(h) + " *", wantLen: 1},
		{name: "spaces after commas", in: "alice " + h + " AnalyzeDocument, GetServiceInfo", wantLen: 1},
		{name: "full names", in: "alice " + h + " /docanalysis.v1.DocumentAnalysisService/AnalyzeDocument,docanalysis.v1.DocumentAnalysisService/GetServiceInfo", wantLen: 1},
		{name: "two keys", in: "alice " + h + " *\nreader " + testHashReader + " GetServiceInfo", wantLen: 2},
		{name: "id charset", in: "ops.team-1_x@example " + h + " *", wantLen: 1},

		{name: "empty", in: "", wantErr: "holds no keys"},
		{name: "only comments", in: "# nothing yet\n\n", wantErr: "holds no keys"},
		{name: "one field", in: "# c\nalice", wantErr: "key file line 2: 1 fields; want `<key-id> <sha256-hex-of-key> <methods>`"},
		{name: "two fields", in: "alice " + h, wantErr: "line 1: 2 fields"},
		{name: "short hash", in: "alice abc *", wantErr: "line 1: key \"alice\": the hash has 3 characters; want the 64 hex digits"},
		{name: "plain key instead of hash", in: "alice " + testKeyAlice + " *", wantErr: "the hash has 33 characters"},
		{name: "non-hex hash", in: "alice " + strings.Repeat("g", 64) + " *", wantErr: "line 1: key \"alice\": the hash is not hexadecimal"},
		{name: "bad id", in: "al!ce " + h + " *", wantErr: "line 1: the key id has a character other than letters, digits and - _ . @ at byte 2"},
		{name: "long id", in: strings.Repeat("a", 65) + " " + h + " *", wantErr: "key id is 65 characters long; the limit is 64"},
		{name: "unknown method", in: "alice " + h + " Analyze", wantErr: `line 1: key "alice": unknown method "Analyze"; want *, one of AnalyzeDocument, AnalyzeDocumentBatch, AnalyzeDocuments, GetServiceInfo, or a full name`},
		{name: "other service", in: "alice " + h + " /grpc.health.v1.Health/Check", wantErr: `unknown method "/grpc.health.v1.Health/Check"`},
		{name: "empty method", in: "alice " + h + " AnalyzeDocument,,GetServiceInfo", wantErr: "empty method"},
		{name: "trailing comma", in: "alice " + h + " AnalyzeDocument,", wantErr: "empty method"},
		{name: "space-separated methods", in: "alice " + h + " AnalyzeDocument GetServiceInfo", wantErr: "separate methods with commas"},
		{name: "duplicate id", in: "alice " + h + " *\nalice " + testHashReader + " *", wantErr: `key file line 2: key id "alice" is already defined at key file line 1`},
		{name: "duplicate hash", in: "alice " + h + " *\n# x\nbob " + h + " *", wantErr: `key file line 3: key "bob" has the same hash as the key defined at key file line 1`},
		{name: "error after good lines", in: "alice " + h + " *\n\n\nbob xyz *", wantErr: "line 4:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := ParseKeys(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "server: ") {
					t.Fatalf("ParseKeys(%q) = _, %v; want an error containing %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseKeys(%q) = _, %v; want nil error", tt.in, err)
			}
			if got := set.Len(); got != tt.wantLen {
				t.Errorf("ParseKeys(%q).Len() = %d; want %d", tt.in, got, tt.wantLen)
			}
		})
	}
}

// TestParseKeysErrorsDoNotQuoteKeys guards against a key pasted into the
// wrong field ending up in an error message, and so in a log.
func TestParseKeysErrorsDoNotQuoteKeys(t *testing.T) {
	for _, in := range []string{
		"x" + testKeyAlice + "!" + " " + testHashAlice + " *", // key where the id belongs
		"alice " + testKeyAlice + " *",
		"alice " + testKeyAlice + strings.Repeat("z", 64-len(testKeyAlice)) + " *",
	} {
		_, err := ParseKeys(strings.NewReader(in))
		if err != nil && strings.Contains(err.Error(), testKeyAlice) {
			t.Errorf("ParseKeys(%q) = _, %q; the error quotes the key", in, err)
		}
	}
}

func TestLoadConfiguredKeys(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantNil bool
		wantLen int
		wantErr string
	}{
		{name: "auth off", cfg: Config{}, wantNil: true},
		{name: "file", cfg: Config{KeysFile: testKeysFile}, wantLen: 3},
		{name: "inline with semicolons", cfg: Config{Keys: "alice " + testHashAlice + " *; reader " + testHashReader + " GetServiceInfo"}, wantLen: 2},
		{name: "inline with newlines", cfg: Config{Keys: "alice " + testHashAlice + " *\nreader " + testHashReader + " GetServiceInfo\n"}, wantLen: 2},
		{name: "file and inline", cfg: Config{KeysFile: testKeysFile, Keys: "ci " + strings.Repeat("0", 64) + " GetServiceInfo"}, wantLen: 4},
		{name: "inline error names entry", cfg: Config{Keys: "alice " + testHashAlice + " *;bob"}, wantErr: "inline keys (DOCANALYSIS_KEYS) entry 2: 1 fields"},
		{name: "id in file and inline", cfg: Config{KeysFile: testKeysFile, Keys: "alice " + strings.Repeat("0", 64) + " *"}, wantErr: `inline keys (DOCANALYSIS_KEYS) entry 1: key id "alice" is already defined at testdata/keys.txt:6`},
		{name: "only separators", cfg: Config{Keys: " ; ;\n"}, wantErr: "holds no keys"},
		{name: "missing file", cfg: Config{KeysFile: "testdata/missing.txt"}, wantErr: "testdata/missing.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, err := loadConfiguredKeys(&tt.cfg)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("loadConfiguredKeys(%+v) = _, %v; want an error containing %q", tt.cfg, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("loadConfiguredKeys(%+v) = _, %v; want nil error", tt.cfg, err)
			}
			if tt.wantNil {
				if keys != nil {
					t.Fatalf("loadConfiguredKeys(%+v) = %v; want nil (auth off)", tt.cfg, keys)
				}
				return
			}
			if got := keys.Load().Len(); got != tt.wantLen {
				t.Errorf("loadConfiguredKeys(%+v) holds %d keys; want %d", tt.cfg, got, tt.wantLen)
			}
		})
	}
}

func TestHashKey(t *testing.T) {
	if got := HashKey(testKeyAlice); got != testHashAlice {
		t.Errorf("HashKey(%q) = %q; want %q", testKeyAlice, got, testHashAlice)
	}
	// The line HashKey helps write finds the key again.
	set, err := ParseKeys(strings.NewReader("alice " + HashKey(testKeyAlice) + " *"))
	if err != nil {
		t.Fatalf("ParseKeys(HashKey line) = _, %v", err)
	}
	if _, ok := set.lookup(testKeyAlice); !ok {
		t.Errorf("a key set built from HashKey(%q) does not find the key", testKeyAlice)
	}
}

// TestKeysStore checks that readers see whole sets while keys are swapped;
// run with -race.
func TestKeysStore(t *testing.T) {
	oldSet, err := ParseKeys(strings.NewReader("alice " + testHashAlice + " *"))
	if err != nil {
		t.Fatal(err)
	}
	newSet, err := ParseKeys(strings.NewReader("reader " + testHashReader + " GetServiceInfo"))
	if err != nil {
		t.Fatal(err)
	}
	keys := NewKeys(oldSet)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1000 {
				_, a := keys.Load().lookup(testKeyAlice)
				_, r := keys.Load().lookup(testKeyReader)
				if !a && !r {
					t.Error("a loaded key set knows neither key")
					return
				}
			}
		})
	}
	keys.Store(newSet)
	wg.Wait()
	if _, ok := keys.Load().lookup(testKeyAlice); ok {
		t.Error("after Store, the old key is still accepted")
	}
	if _, ok := keys.Load().lookup(testKeyReader); !ok {
		t.Error("after Store, the new key is not accepted")
	}

	var none *Keys
	if _, ok := none.Load().lookup(testKeyAlice); ok {
		t.Error("a nil *Keys accepts a key")
	}
	if _, ok := new(Keys).Load().lookup(testKeyAlice); ok {
		t.Error("an empty Keys accepts a key")
	}
}

func BenchmarkKeySetLookup(b *testing.B) {
	var sb strings.Builder
	for i := range 100 {
		fmt.Fprintf(&sb, "k%03d %s *\n", i, HashKey(fmt.Sprintf("bench-key-%03d-0123456789abcdef", i)))
	}
	set, err := ParseKeys(strings.NewReader(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		set.lookup(testKeyAlice)
	}
}
