package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"google.golang.org/grpc/status"
)

// Exit codes; see the package doc.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command: it parses args (without the program name),
// does the work and returns the exit code. Tests call it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "analyze":
		return runAnalyze(rest, stdin, stdout, stderr)
	case "info":
		return runInfo(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if cmd != "help" || len(rest) == 0 {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
		switch rest[0] {
		case "analyze":
			fmt.Fprint(stdout, analyzeUsage)
		case "info":
			fmt.Fprint(stdout, infoUsage)
		default:
			fmt.Fprintf(stderr, "docanalysis: help: unknown command %q\n%s", rest[0], helpHint)
			return exitUsage
		}
		return exitOK
	default:
		fmt.Fprintf(stderr, "docanalysis: unknown command %q\n%s", cmd, helpHint)
		return exitUsage
	}
}

// helpHint ends every usage error.
const helpHint = "Run 'docanalysis help' for usage.\n"

// usageError is a mistake in the command line; it exits 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// fail reports err from command cmd on stderr and returns the exit code
// it calls for: 2 for a usage error, 1 for anything else. A gRPC error is
// shown by its code's name and message, the form people search for.
func fail(stderr io.Writer, cmd string, err error) int {
	if ue, ok := errors.AsType[*usageError](err); ok {
		fmt.Fprintf(stderr, "docanalysis: %s: %s\nRun 'docanalysis help %s' for usage.\n", cmd, ue.msg, cmd)
		return exitUsage
	}
	fmt.Fprintf(stderr, "docanalysis: %s: %s\n", cmd, describe(err))
	return exitFailure
}

// describe renders err for a person: "Code: message" for a gRPC status
// error, the error's text otherwise.
func describe(err error) string {
	if st, ok := status.FromError(err); ok {
		return st.Code().String() + ": " + st.Message()
	}
	return err.Error()
}

// parseArgs parses fs's flags wherever they appear among args, since
// people type them after the file name too, and returns the other
// arguments. "--" ends the flags. -h and -help return flag.ErrHelp.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{err.Error()}
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
