package storetest

import (
	"errors"
	"slices"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/engine"
)

// testUpgradeKeys: an archive indexed with the previous KeysVersion is
// refused as ErrKeys, opens with AnyKeys, and is upgraded in place when no
// change on the way touches its texts; when one does, or its version is
// unknown, nothing changes. The store's compare-and-set of the version
// refuses a stale from and a reader.
func testUpgradeKeys(t *testing.T, b Backend) {
	ctx := t.Context()
	prev := engine.KeysChanges[len(engine.KeysChanges)-1].From
	english := []*reprint.Article{
		{ID: "a", Text: "The council approved the new bridge on Tuesday after a long debate about its cost and its route."},
		{ID: "b", Text: "A new bridge was approved by the council on Tuesday, after a long debate about the cost and the route."},
	}
	// A German article with ß, whose tokens read it as ss since the last
	// change (keys/17): its keys changed.
	touched := &reprint.Article{ID: "g", Text: "Der Gemeinderat hat am Dienstag den Bau der neuen Brücke über die Große Aach beschlossen. Die Straße bleibt schließlich fünf Wochen gesperrt, sagte der Bürgermeister nach der langen Sitzung."}

	build := func(t *testing.T, arts []*reprint.Article, keys string) string {
		t.Helper()
		st, loc := open(t, b, nil)
		a, err := engine.NewArchive(st, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.AddArticles(ctx, arts, nil); err != nil {
			t.Fatal(err)
		}
		st.Close()
		b.SetMeta(t, loc, "keys", keys)
		return loc
	}
	upgrade := func(t *testing.T, loc string) (*engine.KeysUpgrade, error) {
		t.Helper()
		st, err := b.Open(ctx, loc, Options{AnyKeys: true})
		if err != nil {
			t.Fatalf("Open(AnyKeys) = %v", err)
		}
		defer st.Close()
		a, err := engine.NewArchive(st, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return a.UpgradeKeys(ctx, nil)
	}
	version := func(t *testing.T, loc string) string {
		t.Helper()
		st, err := b.Open(ctx, loc, Options{ReadOnly: true, AnyKeys: true})
		if err != nil {
			t.Fatalf("Open(ReadOnly, AnyKeys) = %v", err)
		}
		defer st.Close()
		ks, ok := st.(engine.KeysStore)
		if !ok {
			t.Fatal("the store is not an engine.KeysStore")
		}
		v, err := ks.KeysVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	t.Run("untouched", func(t *testing.T) {
		loc := build(t, english, prev)
		for _, opts := range []Options{{}, {ReadOnly: true}} {
			_, err := b.Open(ctx, loc, opts)
			if !errors.Is(err, engine.ErrKeys) || !errors.Is(err, engine.ErrFormat) {
				t.Errorf("Open(%+v) of an archive of the previous keys = %v; want ErrKeys, an ErrFormat", opts, err)
			}
		}
		up, err := upgrade(t, loc)
		if err != nil {
			t.Fatalf("UpgradeKeys = %v", err)
		}
		if !up.Upgraded || up.Articles != 2 || up.Touched != 0 || up.From != prev || up.To != engine.KeysVersion || len(up.Changes) != 1 {
			t.Errorf("UpgradeKeys = %+v; want 2 articles read, none touched, upgraded by one change", up)
		}
		st, err := b.Open(ctx, loc, Options{})
		if err != nil {
			t.Fatalf("Open after the upgrade = %v", err)
		}
		a, err := engine.NewArchive(st, engine.Options{})
		if err == nil {
			err = a.Verify(ctx) // the postings are those the texts give now
		}
		st.Close()
		if err != nil {
			t.Errorf("the upgraded archive: %v", err)
		}
		if up, err := upgrade(t, loc); err != nil || up.Upgraded || up.Articles != 0 {
			t.Errorf("UpgradeKeys of an archive at KeysVersion = %+v, %v; want nothing done", up, err)
		}
	})
	t.Run("touched", func(t *testing.T) {
		loc := build(t, append(slices.Clone(english), touched), prev)
		up, err := upgrade(t, loc)
		if !errors.Is(err, engine.ErrKeysTouched) {
			t.Fatalf("UpgradeKeys = %v; want ErrKeysTouched", err)
		}
		if up.Upgraded || up.Articles != 3 || up.Touched != 1 || !slices.Equal(up.TouchedIDs, []string{"g"}) {
			t.Errorf("UpgradeKeys = %+v; want 3 read, g touched, nothing done", up)
		}
		if v := version(t, loc); v != prev {
			t.Errorf("key version after a refused upgrade = %q; want %q kept", v, prev)
		}
	})
	t.Run("unknown", func(t *testing.T) {
		loc := build(t, english, "keys/0")
		if _, err := upgrade(t, loc); !errors.Is(err, engine.ErrKeys) {
			t.Errorf("UpgradeKeys from an unknown version = %v; want ErrKeys", err)
		}
		if v := version(t, loc); v != "keys/0" {
			t.Errorf("key version = %q; want keys/0 kept", v)
		}
	})
	t.Run("compare-and-set", func(t *testing.T) {
		st, _ := open(t, b, nil)
		ks := st.(engine.KeysStore)
		if err := ks.SetKeysVersion(ctx, "keys/0", "keys/1"); err == nil {
			t.Error("SetKeysVersion from a version the archive does not have succeeded")
		}
		if err := ks.SetKeysVersion(ctx, engine.KeysVersion, engine.KeysVersion); err != nil {
			t.Errorf("SetKeysVersion from its own version = %v", err)
		}
	})
}
