//go:build ignore

// Gen writes the gazetteer's generated data files, countries.tsv and
// orgs.tsv, from the shared gazetteer corpus:
//
//	go run gen.go -src ../../../shared/corpora/gazetteer [-out .]
//
// It reads countries.json (mledoze/countries, ODbL 1.0) and
// international_orgs.json (confirmordeny/supraverden, CC BY-SA 4.0) and keeps
// only the English forms a news text can use to name a country or an
// organisation. The output depends on nothing but the two input files: rows
// are sorted and no path, time or host name is written, so two runs on the
// same input give the same bytes (gen_test.go checks this).
package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	countriesSource = "mledoze/countries, countries.json at commit 5e9f370050f83ad2ba4cb885f75d66114badf72c"
	orgsSource      = "confirmordeny/supraverden, data/general_list.yaml at commit 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf,\n# as the field selection international_orgs.json"
)

// keptCodes are the two-letter alternative spellings kept although they are
// ISO 3166-1 alpha-2 codes: English text uses these as names. The other
// two-letter codes ("IR", "DE") are not how a text names a country, and
// many are ordinary words or other acronyms ("IT", "IN", "EU").
var keptCodes = map[string]bool{"US": true, "UK": true}

// falseFriends are alternative spellings the source gives that English text
// uses as ordinary words or surnames, so that as names they would mostly
// mislead: the Icelandic "Island", the Manx "Mann", the Thai "Prathet"
// ("country").
var falseFriends = map[string]bool{"Island": true, "Mann": true, "Prathet": true}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Official string `json:"official"`
			Common   string `json:"common"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCN3         string   `json:"ccn3"`
	CCA3         string   `json:"cca3"`
	Independent  *bool    `json:"independent"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type org struct {
	Key          string   `json:"key"`
	NameEn       string   `json:"name_en"`
	AbbrevEn     *string  `json:"abbreviation_en"`
	AbbrevOther  []string `json:"abbreviations_other_en"`
	NamesOtherEn []string `json:"names_other_en"`
	OrgFamily    string   `json:"org_family"`
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	src := flag.String("src", "../../../shared/corpora/gazetteer", "folder holding countries.json and international_orgs.json")
	out := flag.String("out", ".", "folder to write countries.tsv and orgs.tsv to")
	flag.Parse()

	cdata, err := os.ReadFile(filepath.Join(*src, "countries.json"))
	if err != nil {
		log.Fatalf("read countries: %v", err)
	}
	odata, err := os.ReadFile(filepath.Join(*src, "international_orgs.json"))
	if err != nil {
		log.Fatalf("read organisations: %v", err)
	}
	ctab, err := countriesTable(cdata)
	if err != nil {
		log.Fatalf("countries: %v", err)
	}
	otab, err := orgsTable(odata)
	if err != nil {
		log.Fatalf("organisations: %v", err)
	}
	if err := os.WriteFile(filepath.Join(*out, "countries.tsv"), ctab, 0o644); err != nil {
		log.Fatalf("write countries: %v", err)
	}
	if err := os.WriteFile(filepath.Join(*out, "orgs.tsv"), otab, 0o644); err != nil {
		log.Fatalf("write organisations: %v", err)
	}
}

func countriesTable(data []byte) ([]byte, error) {
	var cs []country
	if err := json.Unmarshal(data, &cs); err != nil {
		return nil, err
	}
	slices.SortFunc(cs, func(a, b country) int { return cmp.Compare(a.CCA3, b.CCA3) })

	var b bytes.Buffer
	header(&b, data, "Countries and territories, from "+countriesSource+".",
		"Licence: Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/;\n"+
			"# this file is a derived database under the same licence.",
		"iso3 iso2 numeric independent(1/0) name official names abbreviations capitals demonyms people",
		"names: other English names; abbreviations: acronyms used as names (\"US\", \"UAE\");\n"+
			"# demonyms: adjectives and singular nouns (\"Iranian\"); people: plural nouns (\"Iranians\").")
	for _, c := range cs {
		if c.CCA3 == "" || c.Name.Common == "" {
			return nil, fmt.Errorf("entry without code or name: %+v", c.Name)
		}
		// Native names are dropped even in ASCII ("Suomi", "Belgique"):
		// an English text rarely uses them. Translations are not checked,
		// since many equal an English form ("Holland", "Swaziland").
		foreign := map[string]bool{}
		for _, n := range c.Name.Native {
			foreign[n.Common], foreign[n.Official] = true, true
		}
		var demonyms, people []string
		if d, ok := c.Demonyms["eng"]; ok {
			for _, g := range []string{d.M, d.F} {
				for _, s := range strings.Split(g, ",") {
					s = strings.TrimSpace(s)
					if s == "" || strings.Contains(s, " or ") {
						// "Kittitian or Nevisian" is two demonyms in one;
						// neither half is attested on its own, so skip.
						continue
					}
					demonyms = appendNew(demonyms, s)
					if p := plural(s); p != "" && s != c.Name.Common {
						people = appendNew(people, p)
					}
				}
			}
		}
		var names, abbrevs []string
		for _, alt := range c.AltSpellings {
			switch {
			case alt == c.Name.Common || alt == c.Name.Official || slices.Contains(demonyms, alt):
				// "Thai" and "Togolese" are demonyms, not names.
			case isAcronym(alt):
				if len(alt) > 2 || keptCodes[alt] {
					abbrevs = appendNew(abbrevs, alt)
				}
			case englishName(alt) && !foreign[alt] && !falseFriends[alt]:
				names = appendNew(names, alt)
			}
		}
		indep := "0"
		if c.Independent != nil && *c.Independent {
			indep = "1"
		}
		if err := row(&b, c.CCA3, c.CCA2, c.CCN3, indep, c.Name.Common, c.Name.Official,
			list(names), list(abbrevs), list(c.Capital), list(demonyms), list(people)); err != nil {
			return nil, fmt.Errorf("%s: %w", c.CCA3, err)
		}
	}
	return b.Bytes(), nil
}

func orgsTable(data []byte) ([]byte, error) {
	var orgs []org
	if err := json.Unmarshal(data, &orgs); err != nil {
		return nil, err
	}
	slices.SortFunc(orgs, func(a, b org) int { return cmp.Compare(a.Key, b.Key) })

	var b bytes.Buffer
	header(&b, data, "International organisations, from "+orgsSource+".",
		"Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),\n"+
			"# https://creativecommons.org/licenses/by-sa/4.0/; this file is an adaptation under the same licence.",
		"id name abbreviations names family",
		"id: the source's key; abbreviations: English abbreviations; names: other English names;\n"+
			"# family: the group of bodies it belongs to (\"UN and affiliates\"), empty for none.")
	seen := map[string]bool{}
	for _, o := range orgs {
		if o.Key == "" || o.NameEn == "" {
			return nil, fmt.Errorf("entry without key or name: %q", o.Key)
		}
		if seen[o.Key] {
			return nil, fmt.Errorf("duplicate key %q", o.Key)
		}
		seen[o.Key] = true
		var abbrevs, names []string
		if o.AbbrevEn != nil {
			abbrevs = appendNew(abbrevs, strings.TrimSpace(*o.AbbrevEn))
		}
		for _, a := range o.AbbrevOther {
			abbrevs = appendNew(abbrevs, strings.TrimSpace(a))
		}
		for _, n := range o.NamesOtherEn {
			if n = strings.TrimSpace(n); n != o.NameEn {
				names = appendNew(names, n)
			}
		}
		family := o.OrgFamily
		if family == "none" {
			family = ""
		}
		if err := row(&b, o.Key, o.NameEn, list(abbrevs), list(names), family); err != nil {
			return nil, fmt.Errorf("%s: %w", o.Key, err)
		}
	}
	return b.Bytes(), nil
}

func header(b *bytes.Buffer, input []byte, source, licence, columns, notes string) {
	sum := sha256.Sum256(input)
	fmt.Fprintf(b, "# Code generated by \"go run gen.go\"; DO NOT EDIT.\n#\n")
	fmt.Fprintf(b, "# %s\n# Input sha256 %s.\n", source, hex.EncodeToString(sum[:]))
	fmt.Fprintf(b, "# %s\n#\n", licence)
	fmt.Fprintf(b, "# One row per entry, tab-separated; lists are separated by \"|\". Columns:\n#   %s\n# %s\n", columns, notes)
}

func row(b *bytes.Buffer, fields ...string) error {
	for i, f := range fields {
		if strings.ContainsAny(f, "\t\n\r") || strings.HasPrefix(f, "#") || !utf8.ValidString(f) {
			return fmt.Errorf("field %q cannot be written", f)
		}
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(f)
	}
	b.WriteByte('\n')
	return nil
}

func list(xs []string) string {
	for _, x := range xs {
		if strings.Contains(x, "|") {
			log.Fatalf("list item %q holds the separator", x)
		}
	}
	return strings.Join(xs, "|")
}

func appendNew(xs []string, x string) []string {
	if x == "" || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// englishName reports whether an alternative spelling can be an English
// name: plain ASCII (so native spellings with diacritics or other scripts
// go; the folded lookup still finds their ASCII forms), starting with a
// capital, and not a catalogue form ("Korea, Republic of", "Sint Maarten
// (Dutch part)").
func englishName(s string) bool {
	if s == "" || strings.ContainsAny(s, ",()") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// plural returns the plural noun for the people of a demonym, or "" when
// English uses the adjective itself ("the French", "the Chinese", "the
// Swiss"). Irregular nouns ("Britons", "Spaniards") are in extra.tsv.
func plural(s string) string {
	for _, suf := range []string{"ese", "ss", "sh", "nch", "tch", "x"} {
		if strings.HasSuffix(s, suf) {
			return ""
		}
	}
	if strings.HasSuffix(s, "s") {
		return ""
	}
	return s + "s"
}
