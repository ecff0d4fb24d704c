/// The bottom line of key hints, built from the screen's enabled bindings
/// (htop's function bar, huh's help). Hints that do not fit are left out,
/// except the essential ones (help and quit), which always show.
public enum Footer {
    public static func view(_ bindings: [KeyBinding], width: Int, glyphs: Glyphs) -> Line {
        var seen = Set<String>()
        let shown = bindings.filter { binding in
            guard binding.isEnabled, binding.inFooter else { return false }
            return seen.insert(binding.keyLabel(glyphs) + binding.help).inserted
        }
        func cost(_ binding: KeyBinding) -> Int {
            DisplayWidth.of(binding.keyLabel(glyphs)) + 1 + DisplayWidth.of(binding.help) + 2
        }
        var budget = width - 1
        var keep = Set<Int>()
        for (index, binding) in shown.enumerated() where binding.isEssential {
            keep.insert(index)
            budget -= cost(binding)
        }
        for (index, binding) in shown.enumerated() where !binding.isEssential {
            let needed = cost(binding)
            if needed <= budget {
                keep.insert(index)
                budget -= needed
            }
        }
        var line = Line(" ")
        for (index, binding) in shown.enumerated() where keep.contains(index) {
            line.append(binding.keyLabel(glyphs), .footerKey)
            line.append(" " + binding.help + "  ", .footerLabel)
        }
        return line.fitted(to: width, ellipsis: glyphs.ellipsis)
    }
}
