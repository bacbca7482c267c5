package worry

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/prompts"
)

// benchMessages mixes lengths and scripts like real LINE traffic.
var benchMessages = []string{
	"こんばんは",
	"辞めたい",
	"在宅勤務を始めてから、出社してる同僚に冷たくされて上司との板挟みでつらいです",
	"ｺｰﾙｾﾝﾀｰで報告したら電話ガチャ切りされた😢",
	"子どもが小さくて保育園のお迎えがあるので、時短で働ける事務の求人を探しています。未経験でも大丈夫でしょうか？それと今の会社は残業代も出ないし、年収も全然上がらなくて、このまま続けていいのか毎日悩んでいます。",
	"もう消えたい",
	"ありがとう！",
	"仕事にやりがいがなくて、誰の役にも立ってない気がする",
}

func BenchmarkClassify(b *testing.B) {
	m := loadModel(b)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m.Classify(benchMessages[i%len(benchMessages)])
		i++
	}
}

// BenchmarkClassifySigns classifies messages full of risk words, denied,
// passed or meant — the path the everyday messages of BenchmarkClassify
// rarely take, where every construction's denials are read (round 30:
// a denial list spelled out to three thousand phrases doubled the time of
// the studio's crisis-set page before heldLen read it part by part).
func BenchmarkClassifySigns(b *testing.B) {
	m := loadModel(b)
	lines, err := ReadCrisisSet("heldout195")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m.Classify(lines[i%len(lines)].Text)
		i++
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := prompts.FS()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClassifyLong classifies a message at LINE's limit (5,000
// characters) whose words recur: every stem found was once checked
// against every word of the message (quietBetween), and a long paste took
// time growing with the square of its length (round 40).
func BenchmarkClassifyLong(b *testing.B) {
	m := loadModel(b)
	long := strings.Repeat("給料が安い。残業代も出ない。", 5000/14)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Classify(long)
	}
}
