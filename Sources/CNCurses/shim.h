#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
// Linux installs the wide-character ncurses headers apart; macOS's one
// ncurses has the wide-character functions in its own <curses.h>.
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

// ncurses exposes some values as macros or globals that Swift cannot import
// directly; these wrappers give them a callable shape.
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline attr_t cn_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_f(int n) { return KEY_F(n); }

/// Draws one wide character with attributes at the cursor.
static inline int cn_add_wch(const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    setcchar(&cell, text, attrs, pair, NULL);
    return add_wch(&cell);
}
#endif
