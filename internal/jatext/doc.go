// Package jatext is the one place that knows how Japanese text typed on
// phones varies and how to see past it. People write ＩＴ or IT, ﾌﾙ在宅 or
// フル在宅, リモート or りもーと, 東京 or 東京都, バイト or アルバイト; every
// matcher in Akari (intents, intake answers, job keywords, the classifier,
// crisis phrases, the LLM guards) folds text here first so that a spelling
// variant is understood everywhere or nowhere.
//
// Fold handles width and case, FoldKana the kana script, and the vocabulary
// files hold the word lists several packages must agree on: the 47
// prefectures and the employment types.
package jatext
