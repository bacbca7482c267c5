package akari_test

import (
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/akari"
)

func TestCategoriesFollowTheTable(t *testing.T) {
	want := []akari.Category{
		akari.RemoteWorkEnvy, akari.Resignation, akari.HungUpCall, akari.WorkMeaning, akari.ParentingBalance,
		akari.WorkplaceRelationships, akari.CareerChange, akari.Salary, akari.Other,
	}
	if diff := cmp.Diff(want, akari.Categories()); diff != "" {
		t.Errorf("Categories() (-want +got):\n%s", diff)
	}
	if akari.NumCategories != len(want) {
		t.Errorf("NumCategories = %d, want %d", akari.NumCategories, len(want))
	}
	cats := akari.Categories()
	cats[0] = "changed"
	if akari.Categories()[0] != akari.RemoteWorkEnvy {
		t.Error("Categories() shares its slice with the table")
	}
}

func TestCategoryLookups(t *testing.T) {
	tests := []struct {
		name      string
		c         akari.Category
		valid     bool
		short     string
		color     string
		emotional bool
	}{
		{"remote work envy", akari.RemoteWorkEnvy, true, "remote", "#5b8def", true},
		{"workplace relationships", akari.WorkplaceRelationships, true, "relation", "#d4a12a", true},
		{"career change is practical", akari.CareerChange, true, "career", "#2c9fb5", false},
		{"other is grey", akari.Other, true, "other", "#9a918b", false},
		{"unknown id", "money", false, "money", "#9a918b", false},
		{"empty", "", false, "", "#9a918b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.Valid(); got != tt.valid {
				t.Errorf("Valid() = %v, want %v", got, tt.valid)
			}
			if got := tt.c.Short(); got != tt.short {
				t.Errorf("Short() = %q, want %q", got, tt.short)
			}
			if got := tt.c.Color(); got != tt.color {
				t.Errorf("Color() = %q, want %q", got, tt.color)
			}
			if got := tt.c.Emotional(); got != tt.emotional {
				t.Errorf("Emotional() = %v, want %v", got, tt.emotional)
			}
			if _, err := akari.ParseCategory(string(tt.c)); (err == nil) != tt.valid {
				t.Errorf("ParseCategory(%q) error = %v, want valid=%v", tt.c, err, tt.valid)
			}
		})
	}
}

func TestCategoryTableIsWellFormed(t *testing.T) {
	shorts, colors := map[string]akari.Category{}, map[string]akari.Category{}
	for _, s := range akari.CategorySpecs() {
		if s.Short == "" || len(s.Short) > 8 {
			t.Errorf("%s: short id %q, want 1–8 characters (the eval matrix columns)", s.ID, s.Short)
		}
		if prev, dup := shorts[s.Short]; dup {
			t.Errorf("%s and %s share the short id %q", prev, s.ID, s.Short)
		}
		shorts[s.Short] = s.ID
		if prev, dup := colors[s.Color]; dup {
			t.Errorf("%s and %s share the colour %s", prev, s.ID, s.Color)
		}
		colors[s.Color] = s.ID
	}
}

// TestEveryCategoryHasPrompts: adding a category is one row in the table
// plus its two prompt files; this test names whichever is missing.
func TestEveryCategoryHasPrompts(t *testing.T) {
	prompts := os.DirFS("../../prompts")
	for _, dir := range []string{"categories", "playbooks"} {
		t.Run(dir, func(t *testing.T) {
			files, err := fs.Glob(prompts, dir+"/*.yaml")
			if err != nil || len(files) == 0 {
				t.Fatalf("no prompts/%s/*.yaml files (err %v)", dir, err)
			}
			var ids []akari.Category
			for _, f := range files {
				ids = append(ids, akari.Category(strings.TrimSuffix(path.Base(f), ".yaml")))
			}
			for _, c := range akari.Categories() {
				if !slices.Contains(ids, c) {
					t.Errorf("category %s has no prompts/%s/%s.yaml", c, dir, c)
				}
			}
			for _, id := range ids {
				if !id.Valid() {
					t.Errorf("prompts/%s/%s.yaml names no category in akari's table", dir, id)
				}
			}
		})
	}
}
