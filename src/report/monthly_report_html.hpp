// SPDX-License-Identifier: Apache-2.0
// The newsletter as one self-contained HTML page: inline CSS, charts drawn here as inline SVG, no
// script and nothing fetched.
#pragma once

#include <ostream>

#include "i18n.hpp"
#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/report/renderer.hpp"

namespace sociometer::report {

// Writes `report` as an HTML document in `lang` (deterministic: depends only on its arguments).
void render_html(const analysis::MonthlyReport &report, const Envelope &envelope,
                 const Language &lang, std::ostream &out);

} // namespace sociometer::report
