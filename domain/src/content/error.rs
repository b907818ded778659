use std::fmt;
use std::path::PathBuf;

/// A problem in a content file, phrased for the content editor who has to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl ContentError {
    pub fn new(file: impl Into<PathBuf>, line: Option<usize>, field: Option<&str>, message: impl Into<String>) -> Self {
        ContentError { file: file.into(), line, field: field.map(str::to_string), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(field) = &self.field {
            write!(f, "champ `{field}` : ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ContentError {}
