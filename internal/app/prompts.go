package app

import (
	"fmt"
	"io/fs"
	"sync"
	"sync/atomic"

	"github.com/akari-career/akari/internal/console"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/worry"
)

// promptSet is everything loaded from prompts/: the words Akari says and the
// classifier trained on the labelled examples. It is swapped as one value
// on reload, so a message never sees half of an old set and half of a new.
type promptSet struct {
	lib   *playbook.Library
	model *worry.Model

	// crisis is the built-in crisis sets as model reads them, evaluated
	// on the first call of crisisSets: tens of thousands of lines, for
	// the studio's quality page, which an operator opens again and again
	// while the model stays the same until the next reload.
	crisis struct {
		once    sync.Once
		reports []console.CrisisSetReport
		err     error
	}
}

// crisisSets evaluates the built-in crisis sets with this set's model,
// once.
func (ps *promptSet) crisisSets() ([]console.CrisisSetReport, error) {
	c := &ps.crisis
	c.once.Do(func() {
		for _, set := range worry.CrisisSets() {
			lines, err := worry.ReadCrisisSet(set.Name)
			if err != nil {
				c.reports, c.err = nil, err
				return
			}
			c.reports = append(c.reports, console.CrisisSetReport{CrisisSet: set, Report: worry.Evaluate(ps.model, lines)})
		}
	})
	return c.reports, c.err
}

// prompts holds the current set; a failed reload keeps the old one.
type promptStore struct {
	fsys fs.FS
	cur  atomic.Pointer[promptSet]
}

// model, when not nil, is the classifier already trained from fsys.
func loadPrompts(fsys fs.FS, model *worry.Model) (*promptStore, error) {
	p := &promptStore{fsys: fsys}
	if err := p.load(model); err != nil {
		return nil, err
	}
	return p, nil
}

// reload reads the files again and swaps them in only if all of them load.
func (p *promptStore) reload() error { return p.load(nil) }

// load reads the files, training the classifier unless model is given.
func (p *promptStore) load(model *worry.Model) error {
	lib, err := playbook.Load(p.fsys)
	if err != nil {
		return err // it says "load prompts: …" itself
	}
	if model == nil {
		if model, err = worry.Load(p.fsys); err != nil {
			return fmt.Errorf("load classifier examples: %w", err)
		}
	}
	p.cur.Store(&promptSet{lib: lib, model: model})
	return nil
}

func (p *promptStore) library() *playbook.Library { return p.cur.Load().lib }
func (p *promptStore) model() *worry.Model        { return p.cur.Load().model }
