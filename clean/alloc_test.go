package clean

import (
	"testing"
)

// TestMeasureAllocs: measure allocates nothing once its scratch has
// grown, on lines that reach its rarer readers too: a betting advert's
// terms, a consent banner with its verb last, an order to subscribe
// before a channel's handle, a subscription index, a view count in a
// Tibetan meta line, a long run of Han characters.
func TestMeasureAllocs(t *testing.T) {
	lines := []string{
		"18+ New customers only. T&Cs apply. BeGambleAware.org. Odds correct at time of publishing and subject to change.",
		"Bu web sitesi, deneyiminizi iyileştirmek için çerezleri kullanmaktadır. Kabul et",
		"👉 Өрөспүүбүлүкэ сонуннарын бастакынан билээри гыннаххытына, каналга сурутуйуҥ: @sonun_digest",
		"Хаһыакка 2026 сыл бастакы аҥарыгар суруттарыы барар. Индекс: П4127.",
		"དུས་ཚོད། 2025-06-18 17:40 ཀློག་ཐེངས། 1236 ཡིག་གཟུགས། ཆེ། འབྲིང་། ཆུང་།",
		"此条目发表在社会民生分类目录，未经授权禁止转载，版权所有违者必究欢迎关注我们的微信公众号获取更多新闻",
		"The council voted on Tuesday to close the library, despite a petition signed by more than four thousand residents.",
	}
	stop := stopList("en")
	var s scratch
	for _, l := range lines {
		s.measure(l, stop) // grow the scratch
	}
	for _, l := range lines {
		if n := testing.AllocsPerRun(20, func() { s.measure(l, stop) }); n != 0 {
			t.Errorf("measure(%q) allocates %v times; want 0", l, n)
		}
	}
}
