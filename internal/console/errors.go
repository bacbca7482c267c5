package console

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// problem is how an error is shown: a status and a kind message. The cause
// goes to the log, never to the page.
type problem struct {
	Status     int
	Message    string
	RetryAfter int // seconds, for 429
}

// classify maps every error to its HTTP status and message; it is the one
// place where that happens.
func classify(err error) problem {
	var tooMany *tooManyError
	switch {
	case errors.As(err, &tooMany):
		sec := int((tooMany.wait + 999_999_999) / 1_000_000_000)
		return problem{http.StatusTooManyRequests, fmt.Sprintf("ログインの失敗が続いたため、一時的にログインを止めています。%d秒ほどしてからもう一度お試しください。", sec), sec}
	case errors.Is(err, errRole):
		return problem{Status: http.StatusForbidden, Message: "このページは、あなたの役割（担当者・オペレーター・管理者）では開けません。"}
	case errors.Is(err, errForbidden):
		return problem{Status: http.StatusForbidden, Message: "フォームの有効期限が切れたか、不正な送信です。ページを読み込み直してから、もう一度お試しください。"}
	case errors.Is(err, akari.ErrNotFound):
		return problem{Status: http.StatusNotFound, Message: "お探しのページ（または相談者）は見つかりませんでした。"}
	case errors.Is(err, akari.ErrInvalid):
		return problem{Status: http.StatusBadRequest, Message: "その操作はできません。入力内容と現在の状態をご確認ください。"}
	case errors.Is(err, akari.ErrUnauthorized):
		return problem{Status: http.StatusUnauthorized, Message: "ログインが必要です。"}
	case errors.Is(err, akari.ErrConflict):
		return problem{Status: http.StatusConflict, Message: "ほかの方が先に更新しました。ページを読み込み直して、最新の内容をご確認ください。"}
	case errors.Is(err, akari.ErrUnavailable):
		return problem{Status: http.StatusServiceUnavailable, Message: "ただいま混み合っています。少し時間をおいてから、もう一度お試しください。"}
	}
	return problem{Status: http.StatusInternalServerError, Message: "申し訳ありません、うまく処理できませんでした。時間をおいてもう一度お試しください。"}
}

// fail answers with the error: JSON under /console/api/, a page elsewhere.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil && errors.Is(err, r.Context().Err()) {
		// The page went away (a closed tab ends its long poll): nobody is
		// waiting for an answer and nothing failed.
		h.log.Debug("console client went away", "method", r.Method, "path", r.URL.Path)
		return
	}
	p := classify(err)
	if p.Status >= 500 {
		h.log.Error("console request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	} else {
		h.log.Info("console request refused", "method", r.Method, "path", r.URL.Path, "status", p.Status, "err", err)
	}
	if p.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(p.RetryAfter))
	}
	isAPI := strings.HasPrefix(r.URL.Path, "/console/api/")
	if p.Status == http.StatusUnauthorized && (isAPI || hasBasic(r)) {
		w.Header().Set("WWW-Authenticate", `Basic realm="Akari console", charset="UTF-8"`)
	}
	if isAPI {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(p.Status)
		json.NewEncoder(w).Encode(map[string]string{"error": p.Message})
		return
	}
	if rerr := h.render(w, r, p.Status, "error.html", view{Title: "エラー", Data: p}); rerr != nil {
		h.log.Error("console error page failed", "err", rerr)
		http.Error(w, p.Message, p.Status)
	}
}
