//! What the screens need of the terminal, known to `update` (which refuses keys behind the
//! « agrandissez le terminal » notice) as much as to the drawing.

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
