package ner

// The tagger's inner loops sum rows of nTags scores: a token's bias and
// its five neighbours' lexical rows, then a row of weights for each of
// its dozen or so context features. Go does not unroll loops, and a loop
// over 17 elements costs six instructions an element against two or
// three when written out, so these are written out; the guards below
// stop the build if nTags or nOffset changes without them.
var _ = [1]struct{}{}[nTags-17]
var _ = [1]struct{}{}[nOffset-5]

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

// sumRows sets row to the bias plus the lexical scores of a token's
// nOffset neighbours, one row each (k0 of the word two before, ..., k4 of
// the word two after).
func sumRows(row, bias, k0, k1, k2, k3, k4 *[nTags]int32) {
	row[0] = bias[0] + k0[0] + k1[0] + k2[0] + k3[0] + k4[0]
	row[1] = bias[1] + k0[1] + k1[1] + k2[1] + k3[1] + k4[1]
	row[2] = bias[2] + k0[2] + k1[2] + k2[2] + k3[2] + k4[2]
	row[3] = bias[3] + k0[3] + k1[3] + k2[3] + k3[3] + k4[3]
	row[4] = bias[4] + k0[4] + k1[4] + k2[4] + k3[4] + k4[4]
	row[5] = bias[5] + k0[5] + k1[5] + k2[5] + k3[5] + k4[5]
	row[6] = bias[6] + k0[6] + k1[6] + k2[6] + k3[6] + k4[6]
	row[7] = bias[7] + k0[7] + k1[7] + k2[7] + k3[7] + k4[7]
	row[8] = bias[8] + k0[8] + k1[8] + k2[8] + k3[8] + k4[8]
	row[9] = bias[9] + k0[9] + k1[9] + k2[9] + k3[9] + k4[9]
	row[10] = bias[10] + k0[10] + k1[10] + k2[10] + k3[10] + k4[10]
	row[11] = bias[11] + k0[11] + k1[11] + k2[11] + k3[11] + k4[11]
	row[12] = bias[12] + k0[12] + k1[12] + k2[12] + k3[12] + k4[12]
	row[13] = bias[13] + k0[13] + k1[13] + k2[13] + k3[13] + k4[13]
	row[14] = bias[14] + k0[14] + k1[14] + k2[14] + k3[14] + k4[14]
	row[15] = bias[15] + k0[15] + k1[15] + k2[15] + k3[15] + k4[15]
	row[16] = bias[16] + k0[16] + k1[16] + k2[16] + k3[16] + k4[16]
}
