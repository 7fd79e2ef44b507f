package server

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestBadStringsFindsEveryPlace: each string value that is not UTF-8 is
// found with the path validation names it by and its bytes with JSON's
// escapes undone; member names and values after them keep their places.
func TestBadStringsFindsEveryPlace(t *testing.T) {
	type found struct{ path, value string }
	for _, tt := range []struct {
		name string
		body string
		want []found
	}{
		{"all UTF-8", `{"document": {"text": "café"}, "features": ["FEATURE_SUMMARY"]}`, nil},
		{"one field", "{\"document\": {\"text\": \"caf\xe9\"}}", []found{{"document.text", "caf\xe9"}}},
		{"after other members", "{\"document\": {\"id\": \"a\", \"n\": 3, \"o\": {}, \"l\": [1], \"title\": \"\xff\"}}", []found{{"document.title", "\xff"}}},
		{"escapes undone", "{\"text\": \"\\u00e9\\n\xff\\\"\\ud83d\\ude80\"}", []found{{"text", "é\n\xff\"🚀"}}},
		{"array elements", "{\"a\": [1, \"x\xff\", {\"b\": \"\xfe\"}, [\"\xfd\"]]}", []found{{"a[1]", "x\xff"}, {"a[2].b", "\xfe"}, {"a[3][0]", "\xfd"}}},
		{"batch", "[{\"document\": {\"text\": \"fine\"}}, {\"document\": {\"id\": \"\xff\", \"text\": \"x\xfey\"}}]", []found{{"requests[1].document.id", "\xff"}, {"requests[1].document.text", "x\xfey"}}},
		{"top-level string", "\"\xff\"", []found{{"", "\xff"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad, err := badStrings([]byte(tt.body))
			if err != nil {
				t.Fatalf("badStrings = _, %v; want nil error", err)
			}
			var got []found
			for _, b := range bad {
				got = append(got, found{b.path.String(), b.value})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("badStrings = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestBadStringsRefusesBadBytesElsewhere: bad bytes that cannot be
// carried into a field, and bodies that are not JSON, are refused.
func TestBadStringsRefusesBadBytesElsewhere(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		inMessage  string // errBodyNotUTF8 when empty
	}{
		{"outside a string", "{\"document\": \xff}", ""},
		{"member name", "{\"document\": {\"te\xffxt\": \"Hi.\"}}", "member name in \"document"},
		{"not JSON", "{\"a\": \"\xff\" \"b\"}", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := badStrings([]byte(tt.body))
			switch {
			case err == nil:
				t.Fatalf("badStrings(%q) = _, nil; want an error", tt.body)
			case tt.inMessage == "" && !errors.Is(err, errBodyNotUTF8):
				t.Errorf("badStrings(%q) = _, %v; want %v", tt.body, err, errBodyNotUTF8)
			case tt.inMessage != "" && !strings.Contains(err.Error(), tt.inMessage):
				t.Errorf("badStrings(%q) = _, %v; want an error mentioning %q", tt.body, err, tt.inMessage)
			}
		})
	}
}
