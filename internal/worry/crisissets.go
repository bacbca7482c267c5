package worry

import (
	"embed"
	"fmt"

	"github.com/akari-career/akari/internal/akari"
)

// The crisis sets are labelled messages with a risk level, written apart
// from prompts/crisis/corpus.yaml, that measure how well the crisis
// detector generalises. They ship in the binary so that `akari eval
// -crisis` and the studio's quality page run them anywhere; the tests of
// this package hold the floors they must keep.
//
//go:embed crisissets/*.jsonl
var crisisSetFiles embed.FS

// CrisisSet names one of the crisis sets.
type CrisisSet struct {
	Name string // as `akari eval -crisis NAME` takes it
	File string // under internal/worry/crisissets/
	// Tuned is true for the set the detector was tuned on; its figures
	// flatter the detector, the held-out sets' do not.
	Tuned bool
}

// CrisisSets lists the crisis sets, the default (first held-out) first.
func CrisisSets() []CrisisSet {
	return []CrisisSet{
		{Name: "heldout", File: "crisis_heldout.jsonl"},
		{Name: "heldout2", File: "crisis_heldout2.jsonl"},
		{Name: "heldout3", File: "crisis_heldout3.jsonl"},
		{Name: "heldout4", File: "crisis_heldout4.jsonl"},
		{Name: "heldout5", File: "crisis_heldout5.jsonl"},
		{Name: "heldout6", File: "crisis_heldout6.jsonl"},
		{Name: "heldout6b", File: "crisis_heldout6b.jsonl"},
		{Name: "heldout7", File: "crisis_heldout7.jsonl"},
		{Name: "heldout8", File: "crisis_heldout8.jsonl"},
		{Name: "heldout9", File: "crisis_heldout9.jsonl"},
		{Name: "heldout10", File: "crisis_heldout10.jsonl"},
		{Name: "heldout11", File: "crisis_heldout11.jsonl"},
		{Name: "heldout12", File: "crisis_heldout12.jsonl"},
		{Name: "heldout13", File: "crisis_heldout13.jsonl"},
		{Name: "heldout14", File: "crisis_heldout14.jsonl"},
		{Name: "heldout15", File: "crisis_heldout15.jsonl"},
		{Name: "heldout16", File: "crisis_heldout16.jsonl"},
		{Name: "heldout17", File: "crisis_heldout17.jsonl"},
		{Name: "heldout18", File: "crisis_heldout18.jsonl"},
		{Name: "heldout19", File: "crisis_heldout19.jsonl"},
		{Name: "heldout20", File: "crisis_heldout20.jsonl"},
		{Name: "heldout21", File: "crisis_heldout21.jsonl"},
		{Name: "heldout22", File: "crisis_heldout22.jsonl"},
		{Name: "heldout23", File: "crisis_heldout23.jsonl"},
		{Name: "heldout24", File: "crisis_heldout24.jsonl"},
		{Name: "heldout25", File: "crisis_heldout25.jsonl"},
		{Name: "heldout26", File: "crisis_heldout26.jsonl"},
		{Name: "heldout27", File: "crisis_heldout27.jsonl"},
		{Name: "heldout28", File: "crisis_heldout28.jsonl"},
		{Name: "heldout29", File: "crisis_heldout29.jsonl"},
		{Name: "heldout30", File: "crisis_heldout30.jsonl"},
		{Name: "heldout31", File: "crisis_heldout31.jsonl"},
		{Name: "heldout32", File: "crisis_heldout32.jsonl"},
		{Name: "heldout33", File: "crisis_heldout33.jsonl"},
		{Name: "heldout34", File: "crisis_heldout34.jsonl"},
		{Name: "heldout35", File: "crisis_heldout35.jsonl"},
		{Name: "heldout36", File: "crisis_heldout36.jsonl"},
		{Name: "heldout37", File: "crisis_heldout37.jsonl"},
		{Name: "heldout38", File: "crisis_heldout38.jsonl"},
		{Name: "heldout39", File: "crisis_heldout39.jsonl"},
		{Name: "heldout40", File: "crisis_heldout40.jsonl"},
		{Name: "heldout41", File: "crisis_heldout41.jsonl"},
		{Name: "heldout42", File: "crisis_heldout42.jsonl"},
		{Name: "heldout43", File: "crisis_heldout43.jsonl"},
		{Name: "heldout44", File: "crisis_heldout44.jsonl"},
		{Name: "heldout45", File: "crisis_heldout45.jsonl"},
		{Name: "heldout46", File: "crisis_heldout46.jsonl"},
		{Name: "heldout47", File: "crisis_heldout47.jsonl"},
		{Name: "heldout48", File: "crisis_heldout48.jsonl"},
		{Name: "heldout49", File: "crisis_heldout49.jsonl"},
		{Name: "heldout50", File: "crisis_heldout50.jsonl"},
		{Name: "heldout51", File: "crisis_heldout51.jsonl"},
		{Name: "heldout52", File: "crisis_heldout52.jsonl"},
		{Name: "heldout53", File: "crisis_heldout53.jsonl"},
		{Name: "heldout54", File: "crisis_heldout54.jsonl"},
		{Name: "heldout55", File: "crisis_heldout55.jsonl"},
		{Name: "heldout56", File: "crisis_heldout56.jsonl"},
		{Name: "heldout57", File: "crisis_heldout57.jsonl"},
		{Name: "heldout58", File: "crisis_heldout58.jsonl"},
		{Name: "heldout59", File: "crisis_heldout59.jsonl"},
		{Name: "heldout60", File: "crisis_heldout60.jsonl"},
		{Name: "heldout61", File: "crisis_heldout61.jsonl"},
		{Name: "heldout62", File: "crisis_heldout62.jsonl"},
		{Name: "heldout63", File: "crisis_heldout63.jsonl"},
		{Name: "heldout64", File: "crisis_heldout64.jsonl"},
		{Name: "heldout65", File: "crisis_heldout65.jsonl"},
		{Name: "heldout66", File: "crisis_heldout66.jsonl"},
		{Name: "heldout67", File: "crisis_heldout67.jsonl"},
		{Name: "heldout68", File: "crisis_heldout68.jsonl"},
		{Name: "heldout69", File: "crisis_heldout69.jsonl"},
		{Name: "heldout70", File: "crisis_heldout70.jsonl"},
		{Name: "heldout71", File: "crisis_heldout71.jsonl"},
		{Name: "heldout72", File: "crisis_heldout72.jsonl"},
		{Name: "heldout73", File: "crisis_heldout73.jsonl"},
		{Name: "heldout74", File: "crisis_heldout74.jsonl"},
		{Name: "heldout75", File: "crisis_heldout75.jsonl"},
		{Name: "heldout76", File: "crisis_heldout76.jsonl"},
		{Name: "heldout77", File: "crisis_heldout77.jsonl"},
		{Name: "heldout78", File: "crisis_heldout78.jsonl"},
		{Name: "heldout79", File: "crisis_heldout79.jsonl"},
		{Name: "heldout80", File: "crisis_heldout80.jsonl"},
		{Name: "heldout81", File: "crisis_heldout81.jsonl"},
		{Name: "heldout82", File: "crisis_heldout82.jsonl"},
		{Name: "heldout83", File: "crisis_heldout83.jsonl"},
		{Name: "heldout84", File: "crisis_heldout84.jsonl"},
		{Name: "heldout85", File: "crisis_heldout85.jsonl"},
		{Name: "heldout86", File: "crisis_heldout86.jsonl"},
		{Name: "heldout87", File: "crisis_heldout87.jsonl"},
		{Name: "heldout88", File: "crisis_heldout88.jsonl"},
		{Name: "heldout89", File: "crisis_heldout89.jsonl"},
		{Name: "heldout90", File: "crisis_heldout90.jsonl"},
		{Name: "heldout91", File: "crisis_heldout91.jsonl"},
		{Name: "heldout92", File: "crisis_heldout92.jsonl"},
		{Name: "heldout93", File: "crisis_heldout93.jsonl"},
		{Name: "heldout94", File: "crisis_heldout94.jsonl"},
		{Name: "heldout95", File: "crisis_heldout95.jsonl"},
		{Name: "heldout96", File: "crisis_heldout96.jsonl"},
		{Name: "heldout97", File: "crisis_heldout97.jsonl"},
		{Name: "heldout98", File: "crisis_heldout98.jsonl"},
		{Name: "heldout99", File: "crisis_heldout99.jsonl"},
		{Name: "heldout100", File: "crisis_heldout100.jsonl"},
		{Name: "heldout101", File: "crisis_heldout101.jsonl"},
		{Name: "heldout102", File: "crisis_heldout102.jsonl"},
		{Name: "heldout103", File: "crisis_heldout103.jsonl"},
		{Name: "heldout104", File: "crisis_heldout104.jsonl"},
		{Name: "heldout105", File: "crisis_heldout105.jsonl"},
		{Name: "heldout106", File: "crisis_heldout106.jsonl"},
		{Name: "heldout107", File: "crisis_heldout107.jsonl"},
		{Name: "heldout108", File: "crisis_heldout108.jsonl"},
		{Name: "heldout109", File: "crisis_heldout109.jsonl"},
		{Name: "heldout110", File: "crisis_heldout110.jsonl"},
		{Name: "heldout111", File: "crisis_heldout111.jsonl"},
		{Name: "heldout112", File: "crisis_heldout112.jsonl"},
		{Name: "heldout113", File: "crisis_heldout113.jsonl"},
		{Name: "heldout114", File: "crisis_heldout114.jsonl"},
		{Name: "heldout115", File: "crisis_heldout115.jsonl"},
		{Name: "heldout116", File: "crisis_heldout116.jsonl"},
		{Name: "heldout117", File: "crisis_heldout117.jsonl"},
		{Name: "heldout118", File: "crisis_heldout118.jsonl"},
		{Name: "heldout119", File: "crisis_heldout119.jsonl"},
		{Name: "heldout120", File: "crisis_heldout120.jsonl"},
		{Name: "heldout121", File: "crisis_heldout121.jsonl"},
		{Name: "heldout122", File: "crisis_heldout122.jsonl"},
		{Name: "heldout123", File: "crisis_heldout123.jsonl"},
		{Name: "heldout124", File: "crisis_heldout124.jsonl"},
		{Name: "heldout125", File: "crisis_heldout125.jsonl"},
		{Name: "heldout126", File: "crisis_heldout126.jsonl"},
		{Name: "heldout127", File: "crisis_heldout127.jsonl"},
		{Name: "heldout128", File: "crisis_heldout128.jsonl"},
		{Name: "heldout129", File: "crisis_heldout129.jsonl"},
		{Name: "heldout130", File: "crisis_heldout130.jsonl"},
		{Name: "heldout131", File: "crisis_heldout131.jsonl"},
		{Name: "heldout132", File: "crisis_heldout132.jsonl"},
		{Name: "heldout133", File: "crisis_heldout133.jsonl"},
		{Name: "heldout134", File: "crisis_heldout134.jsonl"},
		{Name: "heldout135", File: "crisis_heldout135.jsonl"},
		{Name: "heldout136", File: "crisis_heldout136.jsonl"},
		{Name: "heldout137", File: "crisis_heldout137.jsonl"},
		{Name: "heldout138", File: "crisis_heldout138.jsonl"},
		{Name: "heldout139", File: "crisis_heldout139.jsonl"},
		{Name: "heldout140", File: "crisis_heldout140.jsonl"},
		{Name: "heldout141", File: "crisis_heldout141.jsonl"},
		{Name: "heldout142", File: "crisis_heldout142.jsonl"},
		{Name: "heldout143", File: "crisis_heldout143.jsonl"},
		{Name: "heldout144", File: "crisis_heldout144.jsonl"},
		{Name: "heldout145", File: "crisis_heldout145.jsonl"},
		{Name: "heldout146", File: "crisis_heldout146.jsonl"},
		{Name: "heldout147", File: "crisis_heldout147.jsonl"},
		{Name: "heldout148", File: "crisis_heldout148.jsonl"},
		{Name: "heldout149", File: "crisis_heldout149.jsonl"},
		{Name: "heldout150", File: "crisis_heldout150.jsonl"},
		{Name: "heldout151", File: "crisis_heldout151.jsonl"},
		{Name: "heldout152", File: "crisis_heldout152.jsonl"},
		{Name: "heldout153", File: "crisis_heldout153.jsonl"},
		{Name: "heldout154", File: "crisis_heldout154.jsonl"},
		{Name: "heldout155", File: "crisis_heldout155.jsonl"},
		{Name: "heldout156", File: "crisis_heldout156.jsonl"},
		{Name: "heldout157", File: "crisis_heldout157.jsonl"},
		{Name: "heldout158", File: "crisis_heldout158.jsonl"},
		{Name: "heldout159", File: "crisis_heldout159.jsonl"},
		{Name: "heldout160", File: "crisis_heldout160.jsonl"},
		{Name: "heldout161", File: "crisis_heldout161.jsonl"},
		{Name: "heldout162", File: "crisis_heldout162.jsonl"},
		{Name: "heldout163", File: "crisis_heldout163.jsonl"},
		{Name: "heldout164", File: "crisis_heldout164.jsonl"},
		{Name: "heldout165", File: "crisis_heldout165.jsonl"},
		{Name: "heldout166", File: "crisis_heldout166.jsonl"},
		{Name: "heldout167", File: "crisis_heldout167.jsonl"},
		{Name: "heldout168", File: "crisis_heldout168.jsonl"},
		{Name: "heldout169", File: "crisis_heldout169.jsonl"},
		{Name: "heldout170", File: "crisis_heldout170.jsonl"},
		{Name: "heldout171", File: "crisis_heldout171.jsonl"},
		{Name: "heldout172", File: "crisis_heldout172.jsonl"},
		{Name: "heldout173", File: "crisis_heldout173.jsonl"},
		{Name: "heldout174", File: "crisis_heldout174.jsonl"},
		{Name: "heldout175", File: "crisis_heldout175.jsonl"},
		{Name: "heldout176", File: "crisis_heldout176.jsonl"},
		{Name: "heldout177", File: "crisis_heldout177.jsonl"},
		{Name: "heldout178", File: "crisis_heldout178.jsonl"},
		{Name: "heldout179", File: "crisis_heldout179.jsonl"},
		{Name: "heldout180", File: "crisis_heldout180.jsonl"},
		{Name: "heldout181", File: "crisis_heldout181.jsonl"},
		{Name: "heldout182", File: "crisis_heldout182.jsonl"},
		{Name: "heldout183", File: "crisis_heldout183.jsonl"},
		{Name: "heldout184", File: "crisis_heldout184.jsonl"},
		{Name: "heldout185", File: "crisis_heldout185.jsonl"},
		{Name: "heldout186", File: "crisis_heldout186.jsonl"},
		{Name: "heldout187", File: "crisis_heldout187.jsonl"},
		{Name: "heldout188", File: "crisis_heldout188.jsonl"},
		{Name: "heldout189", File: "crisis_heldout189.jsonl"},
		{Name: "heldout190", File: "crisis_heldout190.jsonl"},
		{Name: "heldout191", File: "crisis_heldout191.jsonl"},
		{Name: "heldout192", File: "crisis_heldout192.jsonl"},
		{Name: "heldout193", File: "crisis_heldout193.jsonl"},
		{Name: "heldout194", File: "crisis_heldout194.jsonl"},
		{Name: "dev", File: "crisis_dev.jsonl", Tuned: true},
	}
}

// ReadCrisisSet returns the lines of the crisis set called name.
func ReadCrisisSet(name string) ([]Labelled, error) {
	for _, s := range CrisisSets() {
		if s.Name != name {
			continue
		}
		f, err := crisisSetFiles.Open("crisissets/" + s.File)
		if err != nil {
			return nil, fmt.Errorf("open crisis set %s: %w", name, err)
		}
		defer f.Close()
		return ReadLabelled(f, s.File)
	}
	return nil, fmt.Errorf("crisis set %q: %w", name, akari.ErrNotFound)
}
