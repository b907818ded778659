//! Geography with no UI: map projection, straight-line distances, point in polygon, outline
//! simplification and marker grouping.

/// Projected map coordinates, in kilometres (x to the east, y to the south, as in SVG).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

const KM_PER_DEGREE: f64 = 111.195;
/// Centre of metropolitan France: the projection is exact in distances along this parallel.
const LON0: f64 = 2.5;
const LAT0: f64 = 46.5;

/// Equirectangular projection with the cos(latitude) factor of mainland France's central parallel:
/// simple, fast, and within a few percent over the country, which is enough to draw a map.
pub fn project(lon: f64, lat: f64) -> Point {
    Point { x: (lon - LON0) * LAT0.to_radians().cos() * KM_PER_DEGREE, y: (LAT0 - lat) * KM_PER_DEGREE }
}

/// Great-circle distance in kilometres (haversine, mean Earth radius).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6371.0088;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().asin()
}

/// Even-odd rule over all rings: holes and islands count correctly.
pub fn point_in_polygon(x: f64, y: f64, rings: &[Vec<(f64, f64)>]) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[(i + n - 1) % n];
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
        }
    }
    inside
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) };
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Douglas–Peucker: drops points closer than `tolerance` to the simplified line. Keeps ends.
pub fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (mut index, mut max) = (0, 0.0);
        for i in first + 1..last {
            let d = distance_to_segment(points[i], points[first], points[last]);
            if d > max {
                (index, max) = (i, d);
            }
        }
        if max > tolerance {
            keep[index] = true;
            stack.push((first, index));
            stack.push((index, last));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// SVG path data of projected rings, one decimal (100 m) is plenty on screen.
pub fn svg_path(rings: &[Vec<Point>]) -> String {
    let mut d = String::new();
    for ring in rings.iter().filter(|r| r.len() > 2) {
        for (i, p) in ring.iter().enumerate() {
            d.push_str(&format!("{}{:.1} {:.1}", if i == 0 { "M" } else { "L" }, p.x, p.y));
        }
        d.push('Z');
    }
    d
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: Point,
    pub max: Point,
}

impl Bounds {
    pub fn of(points: impl IntoIterator<Item = Point>) -> Option<Bounds> {
        let mut it = points.into_iter();
        let first = it.next()?;
        Some(it.fold(Bounds { min: first, max: first }, |b, p| Bounds {
            min: Point { x: b.min.x.min(p.x), y: b.min.y.min(p.y) },
            max: Point { x: b.max.x.max(p.x), y: b.max.y.max(p.y) },
        }))
    }
}

/// Markers closer than `radius` (map units at the current zoom) are drawn as one group with a
/// count; zooming in makes the radius smaller and splits them. Greedy and order-stable: each
/// point joins the first group whose seed is near enough.
pub fn group(points: &[Point], radius: f64) -> Vec<Vec<usize>> {
    let mut groups: Vec<(Point, Vec<usize>)> = Vec::new();
    for (i, p) in points.iter().enumerate() {
        match groups.iter_mut().find(|(seed, _)| (seed.x - p.x).hypot(seed.y - p.y) < radius) {
            Some((_, members)) => members.push(i),
            None => groups.push((*p, vec![i])),
        }
    }
    groups.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_match_known_city_pairs_within_half_a_percent() {
        // Great-circle distances between city centres (town halls).
        let cases = [
            ((48.8566, 2.3522), (45.7640, 4.8357), 392.0), // Paris – Lyon
            ((48.8566, 2.3522), (43.2965, 5.3698), 661.0), // Paris – Marseille
            ((50.6292, 3.0573), (48.8566, 2.3522), 204.0), // Lille – Paris
        ];
        for ((la1, lo1), (la2, lo2), known) in cases {
            let d = distance_km(la1, lo1, la2, lo2);
            assert!((d - known).abs() / known < 0.005, "{d} vs {known}");
        }
        assert_eq!(distance_km(45.0, 6.0, 45.0, 6.0), 0.0);
    }

    #[test]
    fn projection_keeps_distances_roughly_and_orients_the_map() {
        let paris = project(2.3522, 48.8566);
        let lyon = project(4.8357, 45.7640);
        let km = (paris.x - lyon.x).hypot(paris.y - lyon.y);
        assert!((km - 392.0).abs() / 392.0 < 0.03, "{km}");
        assert!(lyon.x > paris.x && lyon.y > paris.y, "Lyon est au sud-est de Paris");
        let origin = project(LON0, LAT0);
        assert!(origin.x.abs() < 1e-9 && origin.y.abs() < 1e-9);
    }

    #[test]
    fn point_in_polygon_handles_holes() {
        let square = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let hole = vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0)];
        assert!(point_in_polygon(1.0, 1.0, std::slice::from_ref(&square)));
        assert!(!point_in_polygon(11.0, 1.0, std::slice::from_ref(&square)));
        assert!(!point_in_polygon(5.0, 5.0, &[square.clone(), hole.clone()]));
        assert!(point_in_polygon(3.0, 5.0, &[square, hole]));
    }

    #[test]
    fn simplify_drops_near_collinear_points_and_keeps_corners() {
        let line = vec![(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (2.0, 5.0)];
        assert_eq!(simplify(&line, 0.1), vec![(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]);
        assert_eq!(simplify(&line, 0.001).len(), 4);
    }

    #[test]
    fn grouping_merges_close_markers_and_splits_on_zoom() {
        let points = [Point { x: 0.0, y: 0.0 }, Point { x: 1.0, y: 0.0 }, Point { x: 50.0, y: 0.0 }];
        assert_eq!(group(&points, 5.0), vec![vec![0, 1], vec![2]]);
        assert_eq!(group(&points, 0.5), vec![vec![0], vec![1], vec![2]]);
        assert_eq!(group(&points, 100.0), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn svg_path_is_compact() {
        let ring = vec![Point { x: 0.0, y: 0.0 }, Point { x: 1.25, y: 0.0 }, Point { x: 1.0, y: 2.0 }];
        assert_eq!(svg_path(&[ring]), "M0.0 0.0L1.2 0.0L1.0 2.0Z");
    }
}
