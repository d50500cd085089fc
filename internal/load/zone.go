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
	for part := range strings.SplitSeq(name, "/") {
		if part == "" || part[0] < 'A' || part[0] > 'Z' {
			return nil, fmt.Errorf("%q is not the name of a time zone: write it as the IANA time zone database does, with capitals, such as Africa/Nairobi, America/Port-au-Prince or UTC", name)
		}
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%q is not a time zone brief knows: write its name in the IANA time zone database, such as Africa/Nairobi, America/Port-au-Prince or UTC", name)
	}
	return loc, nil
}
