package akari

import "fmt"

// Category is a stable worry id. The ids are a contract (DESIGN.md); the
// Japanese labels live in prompts/ so operators can change them.
type Category string

// The worry categories. Their order is categoryTable's.
const (
	RemoteWorkEnvy         Category = "remote_work_envy"
	Resignation            Category = "resignation"
	HungUpCall             Category = "hung_up_call"
	WorkMeaning            Category = "work_meaning"
	ParentingBalance       Category = "parenting_balance"
	WorkplaceRelationships Category = "workplace_relationships"
	CareerChange           Category = "career_change"
	Salary                 Category = "salary"
	Other                  Category = "other"
)

// CategorySpec is what the Go code knows about a worry category. Its
// Japanese label, description and examples are in
// prompts/categories/<id>.yaml and its advice in prompts/playbooks/<id>.yaml.
type CategorySpec struct {
	ID Category
	// Short is a compact id for narrow table columns (the eval report's
	// confusion matrix); at most 8 characters.
	Short string
	// Color is the CSS colour the console draws the category in, the same
	// in every chart.
	Color string
	// Emotional worries get guidance first: job cards never come with the
	// first reply to them. Practical ones (a job search, pay) and small
	// talk do not.
	Emotional bool
}

// categoryTable is the one list of worry categories, in the order the UI
// lists them; it is also the classifier's class order. Adding a category
// means a row here plus its prompts/categories and prompts/playbooks files
// (TestEveryCategoryHasPrompts checks them).
var categoryTable = [...]CategorySpec{
	{RemoteWorkEnvy, "remote", "#5b8def", true},
	{Resignation, "resign", "#e8833a", true},
	{HungUpCall, "hungup", "#c75d8f", true},
	{WorkMeaning, "meaning", "#8a6fd1", true},
	{ParentingBalance, "parent", "#3fa37a", true},
	{WorkplaceRelationships, "relation", "#d4a12a", true},
	{CareerChange, "career", "#2c9fb5", false},
	{Salary, "salary", "#b3412e", false},
	{Other, "other", otherColor, false},
}

// otherColor is the neutral grey of Other, and of any id not in the table.
const otherColor = "#9a918b"

// NumCategories is the number of worry categories. It is a constant, so
// the classifier keeps its scores in fixed arrays and allocates nothing.
const NumCategories = len(categoryTable)

// Categories returns every category id in display order. It returns a fresh
// slice so callers may modify it.
func Categories() []Category {
	out := make([]Category, len(categoryTable))
	for i, s := range categoryTable {
		out[i] = s.ID
	}
	return out
}

// CategorySpecs returns the whole table in display order, as a copy.
func CategorySpecs() [NumCategories]CategorySpec { return categoryTable }

// Spec returns what the table says about c, and whether c is in it.
func (c Category) Spec() (CategorySpec, bool) {
	for _, s := range categoryTable {
		if s.ID == c {
			return s, true
		}
	}
	return CategorySpec{ID: c, Short: string(c), Color: otherColor}, false
}

// Valid reports whether c is one of the known ids.
func (c Category) Valid() bool {
	_, ok := c.Spec()
	return ok
}

// Short returns the compact id of c (the id itself when unknown).
func (c Category) Short() string {
	s, _ := c.Spec()
	return s.Short
}

// Color returns the console colour of c (grey when unknown).
func (c Category) Color() string {
	s, _ := c.Spec()
	return s.Color
}

// Emotional reports whether c is a worry that gets guidance before any
// job listing.
func (c Category) Emotional() bool {
	s, _ := c.Spec()
	return s.Emotional
}

// ParseCategory turns an id into a Category, refusing unknown ids.
func ParseCategory(s string) (Category, error) {
	c := Category(s)
	if !c.Valid() {
		return "", fmt.Errorf("unknown worry category %q", s)
	}
	return c, nil
}
