// Package servelog reads docanalysisd's JSON log, for the tests and tools
// that start the binary on port 0 and must learn which port it got.
package servelog

import "encoding/json"

// Addr returns the address a docanalysisd log line says the server is
// serving on, and false for any other line (or one that is not JSON).
func Addr(line []byte) (string, bool) {
	var l struct {
		Msg  string `json:"msg"`
		Addr string `json:"addr"`
	}
	if json.Unmarshal(line, &l) != nil || l.Msg != "serving" || l.Addr == "" {
		return "", false
	}
	return l.Addr, true
}
