import Testing
@testable import IntegrationsUI

@Suite struct ListCursorTests {
    @Test func clampsAtBothEnds() {
        var cursor = ListCursor(count: 5, pageSize: 3)
        _ = cursor.handle(.up)
        #expect(cursor.selected == 0)
        _ = cursor.handle(.end)
        #expect(cursor.selected == 4)
        _ = cursor.handle(.down)
        #expect(cursor.selected == 4)
        #expect(cursor.visibleRange == 2..<5)
    }

    @Test func pagesByThePageSize() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        _ = cursor.handle(.pageDown)
        #expect(cursor.selected == 10)
        #expect(cursor.visibleRange.contains(10))
        _ = cursor.handle(.pageUp)
        #expect(cursor.selected == 0)
        _ = cursor.handle(.end)
        #expect(cursor.visibleRange == 90..<100)
        _ = cursor.handle(.home)
        #expect(cursor.visibleRange == 0..<10)
    }

    @Test func shrinkingTheListKeepsTheSelectionInside() {
        var cursor = ListCursor(count: 50, pageSize: 10)
        cursor.select(45)
        cursor.setCount(3)
        #expect(cursor.selected == 2)
        cursor.setCount(0)
        #expect(cursor.selected == 0)
        #expect(cursor.visibleRange.isEmpty)
    }
}

@Suite struct FilterIndexTests {
    init() { TestLocale.ensure() }

    let names = ["Production East", "staging", "Café Zürich", "ＡＢＣ full width", "日本語プロジェクト", "cafe-old"]

    @Test func matchesAnywhereIgnoringCase() {
        var index = FilterIndex(names: names)
        index.setQuery("EAST")
        #expect(index.matches == [0])
        index.setQuery("ag")
        #expect(index.matches == [1])
    }

    @Test func ignoresDiacriticsBothWays() {
        var index = FilterIndex(names: names)
        index.setQuery("cafe")
        #expect(index.matches == [2, 5])
        index.setQuery("zürich")
        #expect(index.matches == [2])
        index.setQuery("zurich")
        #expect(index.matches == [2])
    }

    @Test func ignoresFullWidthForms() {
        var index = FilterIndex(names: names)
        index.setQuery("abc")
        #expect(index.matches == [3])
    }

    @Test func matchesCJK() {
        var index = FilterIndex(names: names)
        index.setQuery("プロジェ")
        #expect(index.matches == [4])
    }

    @Test func narrowsAndWidensCorrectly() {
        var index = FilterIndex(names: names)
        index.setQuery("a")
        let wide = index.matches
        index.setQuery("ag")
        #expect(index.matches == [1])
        index.setQuery("a")
        #expect(index.matches == wide)
        index.setQuery("")
        #expect(index.matches == Array(0..<names.count))
    }

    @Test func namesAddedLaterAreFilteredToo() {
        var index = FilterIndex(names: names)
        index.setQuery("east")
        index.append(["west", "far east"])
        #expect(index.matches == [0, 7])
    }

    @Test func matchRangeIsInCharactersOfTheOriginalName() {
        var index = FilterIndex(names: names)
        index.setQuery("zur")
        #expect(index.matchRange(in: "Café Zürich") == 5..<8)
        index.setQuery("ＢＣ")
        #expect(index.matchRange(in: "ＡＢＣ full width") == 1..<3)
    }

    @Test func filtersALargeListByNarrowing() {
        let many = (0..<100_000).map { "project-\($0)" }
        var index = FilterIndex(names: many)
        index.setQuery("9")
        index.setQuery("99")
        index.setQuery("999")
        index.setQuery("9999")
        #expect(index.matches == many.indices.filter { many[$0].contains("9999") })
        #expect(index.matches.count == 19)
    }
}

@Suite struct ListViewTests {
    @Test func selectionFollowsTheItemThroughFiltering() {
        var list = ListView(names: ["alpha", "beta", "gamma", "delta"], pageSize: 10)
        list.selectRow(2)
        list.setQuery("a")
        #expect(list.selectedItem == 2)
        list.setQuery("del")
        #expect(list.selectedItem == 3)
        list.setQuery("zzz")
        #expect(list.selectedItem == nil)
    }

    @Test func rendersOnlyVisibleRows() {
        let list = ListView(names: (0..<100_000).map { "p\($0)" }, pageSize: 20)
        #expect(list.visibleRows.count == 20)
    }
}

@Suite struct FilterWorkloadTests {
    @Test func workloadIsReproducibleAndFiltersLikeThePicker() {
        TestLocale.ensure()
        let names = FilterWorkload.projectNames(count: 20_000)
        #expect(names == FilterWorkload.projectNames(count: 20_000))
        #expect(Set(names).count == names.count)
        var index = FilterIndex(names: names)
        for query in FilterWorkload.keystrokes(typing: "zurich-e") { index.setQuery(query) }
        #expect(!index.matches.isEmpty)
        #expect(index.matches.allSatisfy { names[$0].contains("zürich-e") })
    }
}
