package analysis

import (
	"errors"
	"fmt"
)

// Input errors Analyze returns for a document it will not read.
var (
	// ErrEmptyText means the document's text is empty or only white space.
	ErrEmptyText = errors.New("analysis: text is empty")
	// ErrInvalidUTF8 means the document's text or title is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("analysis: text is not valid UTF-8")
)

// LimitError reports a document larger than the engine accepts.
type LimitError struct {
	Size  int // the text's size in bytes
	Limit int // the largest size accepted, in bytes
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("analysis: text is %d bytes, over the limit of %d bytes", e.Size, e.Limit)
}

// UnsupportedLanguageError reports a language the engine cannot analyse.
type UnsupportedLanguageError struct {
	Language string // the tag as given
}

func (e *UnsupportedLanguageError) Error() string {
	return fmt.Sprintf("analysis: language %q is not supported (supported: %s)", e.Language, supportedList)
}
