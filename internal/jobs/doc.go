// Package jobs holds Akari's job catalog and the matching that picks
// listings fitting a person's worry and wishes. A catalog is a YAML (or
// JSON) file of real listings, validated line by line when it is loaded;
// recruiters' spreadsheets come in through ImportCSV. Search ranks the
// listings with a documented, deterministic score and explains each pick in
// one Japanese line, and Cards turns the picks into the plain cards the
// conversation shows (the LINE adapter draws them). Akari never invents a listing: everything shown comes from
// the catalog, and the embedded sample catalog is marked as samples.
package jobs
