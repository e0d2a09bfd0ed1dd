//! The real terminal: taken for the application's modes, drawn after every event, and given
//! back as it was on a normal exit and from the panic hook alike.

use std::io::stdout;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};

use crate::app::msg::Msg;
use crate::app::runtime::App;

/// Whether the real terminal is in the application's modes (raw, alternate screen, mouse,
/// bracketed paste), so that [`restore_terminal`] undoes them once, and only when they were set:
/// a panic in a command that never drew must not write escape sequences into its piped output.
static TERMINAL_TAKEN: AtomicBool = AtomicBool::new(false);

/// Runs the application in the real terminal until the user quits.
pub fn run_terminal(mut app: App) -> std::io::Result<()> {
    // `ratatui::init` panics when there is no terminal to take; the caller says it in words.
    let mut terminal = ratatui::try_init()?;
    TERMINAL_TAKEN.store(true, Ordering::SeqCst);
    // Mouse and bracketed paste are comfort: a terminal that refuses them still works with keys.
    let _ = crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    app.eager = false;
    if let Ok(size) = terminal.size() {
        app.dispatch(Msg::Resized(size.width, size.height));
    }
    let result = (|| -> std::io::Result<()> {
        loop {
            terminal.draw(|f| crate::ui::draw_app(&mut app, f))?;
            if app.model.quit {
                return Ok(());
            }
            // The frame is on screen: finish what could wait, unless the user is already typing.
            if !crossterm::event::poll(std::time::Duration::ZERO)? && app.settle() {
                continue;
            }
            let event = crossterm::event::read()?;
            // The clock is read here, at the edge, never in `update`.
            let today = chrono::Local::now().date_naive();
            if today != app.model.today {
                app.dispatch(Msg::NewDay(today));
            }
            app.handle_event(event);
        }
    })();
    restore_terminal();
    result
}

/// Undoes every mode [`run_terminal`] enables, on a normal exit and from the panic hook alike;
/// does nothing if the terminal was not taken or is already given back. Errors are ignored: this
/// runs while something already failed, and a terminal that refused a mode cannot undo it either.
/// Returns whether it restored anything.
pub fn restore_terminal() -> bool {
    if !TERMINAL_TAKEN.swap(false, Ordering::SeqCst) {
        return false;
    }
    // Modes first, while still in raw mode on the alternate screen; then the screen and the
    // cursor ratatui hid for drawing, so the shell gets back the terminal it lent.
    let _ = crossterm::execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    let _ = crossterm::execute!(stdout(), crossterm::cursor::Show);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restoring_a_terminal_never_taken_writes_nothing() {
        // The panic hook calls this for every command; `list > file` must not get escape codes.
        assert!(!restore_terminal());
    }
}
