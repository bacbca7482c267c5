package app

import (
	"fmt"
	"io/fs"
	"sync/atomic"

	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/worry"
)

// promptSet is everything loaded from prompts/: the words Akari says and the
// classifier trained on the labelled examples. It is swapped as one value
// on reload, so a message never sees half of an old set and half of a new.
type promptSet struct {
	lib   *playbook.Library
	model *worry.Model
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
