package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newInfoFlagSet defines the info flags on a new flag set whose errors the
// caller reports.
func newInfoFlagSet(c *connFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("info", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.register(fs)
	return fs
}

// runInfo is the info command.
func runInfo(args []string, stdout, stderr io.Writer) int {
	var c connFlags
	fs := newInfoFlagSet(&c)
	positional, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, infoUsage)
		return exitOK
	}
	if err == nil && len(positional) > 0 {
		err = usagef("takes no arguments, got %q", positional[0])
	}
	if err == nil {
		err = info(&c, stdout, stderr)
	}
	if err != nil {
		return fail(stderr, "info", err)
	}
	return exitOK
}

// info asks the server to describe itself and prints the answer.
func info(c *connFlags, stdout, stderr io.Writer) error {
	c.applyEnv()
	cl, err := c.dial(stderr)
	if err != nil {
		return err
	}
	defer cl.Close()
	ctx, cancel := withTimeout(c.timeout)
	defer cancel()
	resp, err := cl.Info(ctx)
	if err != nil {
		return err
	}
	if c.json {
		return writeJSON(stdout, resp)
	}
	return writeInfo(stdout, resp)
}
