package load

import (
	"errors"
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // the site's time zone, on machines without a zoneinfo database
)

// Location returns the location a site file's time_zone names, for
// times written without an offset: nil, which date.ParseIn takes for UTC,
// when name is "". It refuses "Local", the zone of whichever machine
// builds the site, and names that only a case-insensitive file system
// would find, so that a site builds the same everywhere.
func Location(name string) (*time.Location, error) {
	if name == "" {
		return nil, nil
	}
	if strings.EqualFold(name, "local") {
		return nil, errors.New(`"Local" is the zone of the machine that builds the site; name the desk's, such as America/Port-au-Prince`)
	}
	if name == "Z" {
		return nil, errors.New(`"Z" is written UTC here`)
	}
	if offsetLike(name) {
		example := "Africa/Nairobi for UTC+3"
		if strings.ContainsAny(name, "-−") {
			example = "America/Port-au-Prince for UTC−5 (UTC−4 in summer)"
		}
		return nil, fmt.Errorf("%q is an offset, not a time zone: name the place whose clocks the desk keeps, such as %s", name, example)
	}
	for part := range strings.SplitSeq(name, "/") {
		if part == "" || part[0] < 'A' || part[0] > 'Z' {
			return nil, fmt.Errorf("%q is not the name of a time zone: write it as the IANA time zone database does, with capitals, such as Africa/Nairobi, America/Port-au-Prince or UTC", name)
		}
	}
	loc, err := time.LoadLocation(name)
	if err != nil && len(name) <= 5 && strings.ToUpper(name) == name {
		return nil, fmt.Errorf("%q is an abbreviation, which names no one time zone: name the place, such as Africa/Nairobi or America/Port-au-Prince", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%q is not a time zone brief knows: write its name in the IANA time zone database, such as Africa/Nairobi, America/Port-au-Prince or UTC", name)
	}
	return loc, nil
}

// offsetLike reports whether name is written as an offset from UTC:
// "+03:00", "3", "UTC+3", "GMT-5".
func offsetLike(name string) bool {
	for _, prefix := range []string{"UTC", "GMT"} {
		if len(name) > len(prefix) && strings.EqualFold(name[:len(prefix)], prefix) {
			name = name[len(prefix):]
			break
		}
	}
	return name != "" && strings.ContainsRune("+-−0123456789", []rune(name)[0])
}

// fixedAllYear are zones of the database named like a region's time
// that keep one offset all year, without its summer time.
var fixedAllYear = map[string][2]string{"EST": {"UTC−5", "America/New_York"}, "MST": {"UTC−7", "America/Denver"}}

// zoneCaveat returns a warning for a zone that is likely not what its
// name suggests, or "": Etc/GMT+3 and the like, whose sign is the reverse
// of the offset's, and EST and the like, which keep no summer time.
func zoneCaveat(name string) string {
	if z, ok := fixedAllYear[name]; ok {
		return fmt.Sprintf("%s is %s all year, without summer time; if the desk's clocks change in summer, name its place, such as %s", name, z[0], z[1])
	}
	return reversedSign(name)
}

// reversedSign returns a warning for the zones Etc/GMT+3 and the like,
// whose sign is the reverse of the offset's, or "".
func reversedSign(name string) string {
	n, ok := strings.CutPrefix(name, "Etc/GMT")
	if !ok || len(n) < 2 || n[0] != '+' && n[0] != '-' {
		return ""
	}
	sign := "−"
	if n[0] == '-' {
		sign = "+"
	}
	return fmt.Sprintf("%s is UTC%s%s: the database writes these zones' offsets with the sign reversed; name the place instead, such as Africa/Nairobi", name, sign, n[1:])
}
