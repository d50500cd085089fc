package load

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxParamsDepth is how deeply params may nest lists and mappings.
const maxParamsDepth = 16

// wholeNumber matches a whole number as YAML writes one.
var wholeNumber = regexp.MustCompile(`^[-+]?[0-9][0-9_]*$`)

// params decodes a `params` mapping: fields of the site's own, which
// brief does not read but keeps for templates (.Brief.Params.author) and
// the data files. Its values are text (composed, without control
// characters, as other front-matter text), whole numbers (int64),
// other numbers (float64), true and false, nil for an empty value, and
// lists ([]any) and mappings (map[string]any) of them. A date is kept as
// the text written. It returns nil for an empty mapping.
func (d *decoder) params(n *yaml.Node) map[string]any {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "`params` must be a mapping of your own fields to their values, not %s", describe(n))
		return nil
	}
	m, _ := d.paramValue(n, "params", 0).(map[string]any)
	if len(m) == 0 {
		return nil
	}
	return m
}

// paramValue decodes n, at depth in params, as params describes.
func (d *decoder) paramValue(n *yaml.Node, field string, depth int) any {
	if depth > maxParamsDepth {
		d.errorf(n, "`%s` nests more than %d lists and mappings deep", field, maxParamsDepth)
		return nil
	}
	switch n.Kind {
	case yaml.AliasNode:
		d.errorf(n, "YAML aliases (*name) are not supported in %s", d.fileKind())
		return nil
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			out = append(out, d.paramValue(c, field, depth+1))
		}
		return out
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.Tag == "!!null" || strings.TrimSpace(k.Value) == "" {
				d.errorf(k, "`%s` has a key that is not a name", field)
				continue
			}
			key := d.clean(k, field)
			if _, dup := out[key]; dup {
				d.errorf(k, "`%s.%s` is given twice", field, key)
				continue
			}
			out[key] = d.paramValue(v, field+"."+key, depth+1)
		}
		return out
	}
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		return strings.EqualFold(n.Value, "true") || strings.EqualFold(n.Value, "yes") || strings.EqualFold(n.Value, "on")
	case "!!int":
		var i int64
		if err := n.Decode(&i); err == nil {
			return i
		}
	case "!!float":
		// .inf and .nan stay text: data files are JSON, which has neither;
		// so does a whole number too large for an int64, which YAML calls
		// a float, lest it be rounded.
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) && !wholeNumber.MatchString(n.Value) {
			return f
		}
	}
	if len(n.Value) > maxProseLen {
		d.errorf(n, "`%s` is %d bytes long; the limit is %d", field, len(n.Value), maxProseLen)
		return ""
	}
	return d.clean(n, field) // text, a date, a number too large
}
