package ner

// The tagger's inner loops add a row of nTags weights to a token's scores,
// a dozen times a token. Go does not unroll loops, and a loop over 17
// elements costs six instructions an element against two or three when
// written out, so these two are written out; the guard below stops the
// build if nTags changes without them.
var _ = [1]struct{}{}[nTags-17]

// addWeights adds the weights src, in units of the model's scale, to the
// scores row.
func addWeights(row *[nTags]int32, src *[nTags]int16) {
	row[0] += int32(src[0])
	row[1] += int32(src[1])
	row[2] += int32(src[2])
	row[3] += int32(src[3])
	row[4] += int32(src[4])
	row[5] += int32(src[5])
	row[6] += int32(src[6])
	row[7] += int32(src[7])
	row[8] += int32(src[8])
	row[9] += int32(src[9])
	row[10] += int32(src[10])
	row[11] += int32(src[11])
	row[12] += int32(src[12])
	row[13] += int32(src[13])
	row[14] += int32(src[14])
	row[15] += int32(src[15])
	row[16] += int32(src[16])
}

// addScores adds the scores src to the scores row.
func addScores(row, src *[nTags]int32) {
	row[0] += src[0]
	row[1] += src[1]
	row[2] += src[2]
	row[3] += src[3]
	row[4] += src[4]
	row[5] += src[5]
	row[6] += src[6]
	row[7] += src[7]
	row[8] += src[8]
	row[9] += src[9]
	row[10] += src[10]
	row[11] += src[11]
	row[12] += src[12]
	row[13] += src[13]
	row[14] += src[14]
	row[15] += src[15]
	row[16] += src[16]
}
