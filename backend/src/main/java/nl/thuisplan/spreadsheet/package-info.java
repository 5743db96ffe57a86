/**
 * Tables to and from CSV and XLSX (Apache Commons CSV, Apache POI): what every export and import
 * shares. Reading reports each cell with its row and column so imports can name them in errors.
 */
package nl.thuisplan.spreadsheet;
